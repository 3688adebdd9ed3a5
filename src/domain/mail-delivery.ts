/**
 * When a mail whose delivery failed is tried again: 30 s after the first failure, doubling up to an hour
 * between tries, and given up (null) after MAX_MAIL_ATTEMPTS tries, about a day after it was written.
 */
export const MAX_MAIL_ATTEMPTS = 30;
const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60 * 1000;

export function nextMailAttempt(attemptsMade: number, now: Date): Date | null {
  if (attemptsMade >= MAX_MAIL_ATTEMPTS) {
    return null;
  }
  const wait = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attemptsMade - 1), LONGEST_WAIT_MS);
  return new Date(now.getTime() + wait);
}
