/**
 * Personal link tokens (32 random bytes, base64url: 43 characters) and session tokens must never be shown
 * outside the mail that carries them: not in the outbox view, not in a log line (issue 15, point 5).
 * Anything that looks like one — a run of 40 or more URL-safe base64 characters, or the value of a
 * `token` query parameter — is replaced by a mark, whatever feature made the link.
 */
const LONG_TOKEN = /[A-Za-z0-9_-]{40,}/g;
const TOKEN_PARAMETER = /([?&](?:token|code|key)=)[^&#\s"'<>]+/gi;

export const MASK = "•••";

export function maskSecrets(text: string): string {
  return text.replace(TOKEN_PARAMETER, `$1${MASK}`).replace(LONG_TOKEN, MASK);
}
