import type { FastifyInstance, FastifyRequest } from "fastify";
import { HttpError } from "./errors.js";

/** Deeper JSON is refused before parsing: real bodies nest a few levels, and deep nesting overflows recursive walks. */
export const MAX_JSON_DEPTH = 64;

/** The nesting depth of a JSON text, counting only brackets outside strings; stops early above `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) {
        index += 1; // skip the escaped character
      } else if (char === 0x22) {
        inString = false;
      }
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x5b || char === 0x7b) {
      depth += 1;
      if (depth > limit) {
        return true;
      }
    } else if (char === 0x5d || char === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Problem = "nul" | "surrogate";

function stringProblem(value: string): Problem | null {
  if (value.includes("\u0000")) {
    return "nul";
  }
  return LONE_SURROGATE.test(value) ? "surrogate" : null;
}

/**
 * The path of the first string (value or key) that PostgreSQL or the audit log cannot store: a NUL
 * character, or a lone UTF-16 surrogate (not valid Unicode). Bodies are at most 64 deep (see the parser).
 */
export function findBadStringPath(value: unknown, path: string[] = []): { field: string; problem: Problem } | null {
  if (typeof value === "string") {
    const problem = stringProblem(value);
    return problem ? { field: path.join(".") || "_", problem } : null;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findBadStringPath(value[index], [...path, String(index)]);
      if (found !== null) {
        return found;
      }
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = findBadStringPath(key, [...path, key]) ?? findBadStringPath(item, [...path, key]);
      if (found !== null) {
        return found;
      }
    }
  }
  return null;
}

/**
 * The name of the first query parameter whose percent-encoding is not valid UTF-8 (the parser would turn it into
 * U+FFFD silently).
 */
export function findBadQueryParameter(url: string): string | null {
  const start = url.indexOf("?");
  if (start < 0) {
    return null;
  }
  for (const pair of url.slice(start + 1).split("&")) {
    const [rawKey, rawValue = ""] = pair.split("=", 2);
    try {
      decodeURIComponent(rawKey.replace(/\+/g, " "));
    } catch {
      return "_";
    }
    try {
      decodeURIComponent(rawValue.replace(/\+/g, " "));
    } catch {
      return decodeURIComponent(rawKey.replace(/\+/g, " ")) || "_";
    }
  }
  return null;
}

const PROBLEM_TEXT: Record<Problem | "encoding", { en: string; da: string }> = {
  nul: { en: "must not contain NUL characters", da: "Må ikke indeholde NUL-tegn" },
  surrogate: {
    en: "must be valid Unicode (a lone UTF-16 surrogate was sent)",
    da: "Skal være gyldig Unicode (et enligt UTF-16-surrogattegn blev sendt)",
  },
  encoding: { en: "must be valid UTF-8 percent-encoding", da: "Skal være gyldig UTF-8-kodning" },
};

function badInput(field: string, problem: Problem | "encoding"): HttpError {
  return new HttpError(400, "validation", `${field}: ${PROBLEM_TEXT[problem].en}`, {
    [field]: PROBLEM_TEXT[problem].da,
  });
}

/** Throws the 400 for a multipart text field holding a NUL or a lone surrogate (routes reading parts call it). */
export function assertStorableText(field: string, value: string): void {
  const problem = stringProblem(value);
  if (problem) {
    throw badInput(field, problem);
  }
}

/**
 * JSON bodies: the nesting depth is checked on the raw text before parsing (deep nesting gave a 500
 * from a stack overflow); then Fastify's own parser (prototype-poisoning checks) parses it.
 */
function registerJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = typeof body === "string" ? body : body.toString("utf8");
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      done(
        new HttpError(400, "validation", `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`, {
          _: `JSON må højst være ${MAX_JSON_DEPTH} niveauer dybt`,
        }),
        undefined,
      );
      return;
    }
    void parseJson(request, text, done);
  });
}

function checkRequest(request: FastifyRequest): void {
  const badParameter = findBadQueryParameter(request.url);
  if (badParameter !== null) {
    throw badInput(badParameter, "encoding");
  }
  const found =
    findBadStringPath(request.query) ?? findBadStringPath(request.body) ?? findBadStringPath(request.params);
  if (found !== null) {
    throw badInput(found.field, found.problem);
  }
}

/** Refuses over-deep JSON, NUL characters, lone surrogates and broken query encoding with a 400 naming the field. */
export function registerInputGuards(app: FastifyInstance): void {
  registerJsonParser(app);
  app.addHook("preValidation", async (request) => {
    checkRequest(request);
  });
}
