import type { FastifyError, FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { issuesToFields, translateMessage, type Language } from "../../domain/validation.js";

/** An expected failure with a clear answer: status, a stable code, a message, and fields. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const unauthorized = () => new HttpError(401, "unauthorized", "Log ind for at fortsætte / Sign in to continue");
export const forbidden = () =>
  new HttpError(403, "forbidden", "Du har ikke adgang til dette / You do not have access to this");
export const notFound = (what = "resource") => new HttpError(404, "not_found", `Not found: ${what}`);

/** A 400/409 naming one field, in the reader's language. */
export function fieldError(
  language: Language,
  status: number,
  field: string,
  key: string,
  params: Record<string, unknown> = {},
): HttpError {
  const message = translateMessage(key, language, params);
  return new HttpError(status, status === 409 ? "conflict" : "validation", `${field}: ${message}`, {
    [field]: message,
  });
}

export function requestLanguage(request: FastifyRequest): Language {
  const cookie = request.cookies?.samspil_lang;
  if (cookie === "en" || cookie === "da") {
    return cookie;
  }
  const header = request.headers["accept-language"] ?? "";
  return /^\s*en\b/i.test(header) ? "en" : "da";
}

export function validationError(request: FastifyRequest, issues: readonly z.core.$ZodIssue[]): HttpError {
  const fields = issuesToFields(issues, requestLanguage(request));
  const summary = Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join("; ");
  return new HttpError(400, "validation", summary, fields);
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError | Error, request, reply) => {
    if (error instanceof HttpError) {
      return reply.status(error.statusCode).send({ error: error.code, message: error.message, fields: error.fields });
    }
    if (error instanceof z.ZodError) {
      const httpError = validationError(request, error.issues);
      return reply.status(400).send({ error: httpError.code, message: httpError.message, fields: httpError.fields });
    }
    const statusCode = "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : 500;
    if (statusCode >= 400 && statusCode < 500) {
      const code = "code" in error && typeof error.code === "string" ? error.code : "bad_request";
      return reply.status(statusCode).send({ error: code.toLowerCase(), message: error.message });
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send({
      error: "internal",
      message: `Der skete en uventet fejl. Prøv igen, eller kontakt support med fejl-id ${request.id}`,
      requestId: request.id,
    });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: "not_found", message: `No route ${request.method} ${request.url.split("?")[0]}` });
  });
}
