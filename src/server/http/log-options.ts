import type { FastifyRequest, FastifyServerOptions } from "fastify";
import { maskSecrets } from "../../domain/privacy/secrets.js";

/**
 * The app's log settings: cookies, CSRF and authorization headers redacted, and personal link tokens
 * (a respondent's, a citizen's feedback link, an invitation) masked in the logged URL, so a log line
 * never lets anyone open someone else's link (issue 15, point 5).
 */
export function logOptions(level: string): Exclude<FastifyServerOptions["logger"], boolean | undefined> {
  return {
    level,
    redact: [
      "req.headers.cookie",
      "req.headers.authorization",
      'res.headers["set-cookie"]',
      'req.headers["x-csrf-token"]',
    ],
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: maskSecrets(request.url),
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
    },
  };
}
