import type { FastifyInstance } from "fastify";
import { HttpError } from "./errors.js";

/**
 * Node's `requestTimeout` stops counting once the headers have arrived (measured: a body dripping one
 * byte a second was held ~75 s with 30 s configured). This hook enforces the limit on the body too:
 * a request still incomplete after `timeoutMs` from its start is answered 408 and the connection closed.
 */
export function registerRequestBodyTimeout(app: FastifyInstance, timeoutMs: number): void {
  app.addHook("onRequest", async (request, reply) => {
    const raw = request.raw;
    if (raw.complete) {
      return;
    }
    const timer = setTimeout(() => {
      if (raw.complete || reply.sent) {
        return;
      }
      reply.header("connection", "close");
      const error = new HttpError(
        408,
        "request_timeout",
        "Forespørgslen tog for lang tid / The request took too long to arrive",
      );
      if (raw.listenerCount("error") > 0) {
        // The body parser listens: it answers the error through the error handler and the usual hooks.
        raw.emit("error", error);
      } else {
        raw.destroy();
      }
    }, timeoutMs);
    timer.unref();
    const stop = () => clearTimeout(timer);
    raw.once("end", stop);
    raw.once("close", stop);
    reply.raw.once("close", stop);
  });
}
