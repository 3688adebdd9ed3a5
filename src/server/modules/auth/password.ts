import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

const KEY_LENGTH = 64;
const PARAMS: ScryptOptions = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function derive(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, PARAMS, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** scrypt with a random salt, stored as `scrypt$N$r$p$salt$hash` (all of the password counts, no 72-byte cut). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  // Always spend the same work, so an unknown user answers as slowly as a wrong password.
  const parts = (stored ?? "").split("$");
  const salt = parts.length === 6 ? Buffer.from(parts[4], "base64url") : randomBytes(16);
  const key = await derive(password, salt);
  if (parts.length !== 6) {
    return false;
  }
  const expected = Buffer.from(parts[5], "base64url");
  return expected.length === key.length && timingSafeEqual(expected, key);
}
