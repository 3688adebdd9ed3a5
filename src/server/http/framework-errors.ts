import { randomUUID } from "node:crypto";
import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { HttpError } from "./errors.js";

/**
 * Errors Fastify answers before routing (a bad percent-encoding, a too-long path parameter) bypass
 * the error handler, the hooks and helmet. They are sent back through the router to this hidden
 * route, so they get the one error format and the same headers as every other answer.
 */
const FRAMEWORK_ERROR_PATH = "/__samspil/framework-error/";

const FRAMEWORK_ERRORS: Record<string, () => HttpError> = {
  bad_url: () =>
    new HttpError(
      400,
      "bad_url",
      "Adressen er ikke gyldig (forkert %-kodning) / The address is not valid (bad %-encoding)",
    ),
  uri_too_long: () => new HttpError(414, "uri_too_long", "Adressen er for lang / The address is too long"),
  internal: () => new HttpError(500, "internal", "Der skete en uventet fejl / An unexpected error occurred"),
};

function frameworkErrorKind(error: FastifyError): string {
  if (error.code === "FST_ERR_BAD_URL") {
    return "bad_url";
  }
  return error.code === "FST_ERR_MAX_PARAM_LENGTH" ? "uri_too_long" : "internal";
}

export interface FrameworkErrorHandling {
  /** Fastify's `frameworkErrors` option. */
  frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => void;
  /** Fastify's `clientErrorHandler` option: 400/408/431 before any request exists. */
  clientErrorHandler: (error: Error & { code?: string }, socket: Socket) => void;
  /** Adds the hidden route; call once on the app built with the two options above. */
  register: (app: FastifyInstance) => void;
}

export function createFrameworkErrorHandling(): FrameworkErrorHandling {
  let instance: FastifyInstance | undefined;
  return {
    frameworkErrors: (error, request, reply) => {
      if (!instance) {
        reply.code(500).send({ error: "internal", message: "Not ready" });
        return;
      }
      // The original URL is not echoed; the method becomes GET so no body is parsed.
      request.raw.url = FRAMEWORK_ERROR_PATH + frameworkErrorKind(error);
      request.raw.method = "GET";
      instance.routing(request.raw, reply.raw);
    },
    clientErrorHandler: (error, socket) => {
      if (error.code === "ECONNRESET" || socket.destroyed || !socket.writable) {
        socket.destroy();
        return;
      }
      const [status, code, message] =
        error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? [408, "request_timeout", "Forespørgslen tog for lang tid / The request took too long"]
          : error.code === "HPE_HEADER_OVERFLOW"
            ? [431, "headers_too_large", "Adressen eller headerne er for store / The address or headers are too large"]
            : [400, "bad_request", "Forespørgslen kunne ikke læses / The request could not be read"];
      const body = JSON.stringify({ error: code, message });
      socket.end(
        [
          `HTTP/1.1 ${status} ${code.replace(/_/g, " ")}`,
          "content-type: application/json; charset=utf-8",
          `content-length: ${Buffer.byteLength(body)}`,
          "cache-control: no-store",
          `x-request-id: ${randomUUID()}`,
          "x-content-type-options: nosniff",
          "x-frame-options: DENY",
          "referrer-policy: no-referrer",
          "content-security-policy: default-src 'none'; frame-ancestors 'none'",
          "connection: close",
          "",
          body,
        ].join("\r\n"),
      );
    },
    register: (app) => {
      instance = app;
      app.get(`${FRAMEWORK_ERROR_PATH}:kind`, { schema: { hide: true }, config: { public: true } }, async (request) => {
        const { kind } = request.params as { kind: string };
        throw (FRAMEWORK_ERRORS[kind] ?? FRAMEWORK_ERRORS.internal)();
      });
    },
  };
}

/**
 * One set of headers on every answer: the request id, no caching of API answers and of errors, and
 * a charset on text so a browser never guesses one.
 */
export function registerResponseHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
    if (request.url.startsWith("/api/") || request.url.startsWith(FRAMEWORK_ERROR_PATH) || reply.statusCode >= 400) {
      reply.header("cache-control", "no-store");
    }
    const type = reply.getHeader("content-type");
    if (typeof type === "string" && /^text\//i.test(type) && !/charset=/i.test(type)) {
      reply.header("content-type", `${type}; charset=utf-8`);
    }
  });
}
