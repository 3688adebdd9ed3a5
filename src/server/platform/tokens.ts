import { createHash, randomBytes } from "node:crypto";

/** Secret links and session tokens are stored only as their SHA-256 hash. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("base64url");

/** A new random token: 32 bytes, URL-safe. */
export const newToken = (): string => randomBytes(32).toString("base64url");
