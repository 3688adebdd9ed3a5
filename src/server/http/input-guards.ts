import type { FastifyInstance } from "fastify";
import { HttpError } from "./errors.js";

/** The path of the first string holding a NUL character, or null. PostgreSQL refuses NUL in text. */
export function findNulPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") {
    return value.includes("\u0000") ? path.join(".") || "_" : null;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findNulPath(value[index], [...path, String(index)]);
      if (found !== null) {
        return found;
      }
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = findNulPath(key, [...path, key]) ?? findNulPath(item, [...path, key]);
      if (found !== null) {
        return found;
      }
    }
  }
  return null;
}

/** Refuses NUL characters anywhere in the query or body with a 400 naming the field. */
export function registerInputGuards(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const field = findNulPath(request.query) ?? findNulPath(request.body) ?? findNulPath(request.params);
    if (field !== null) {
      throw new HttpError(400, "validation", `${field}: must not contain NUL characters`, {
        [field]: "Må ikke indeholde NUL-tegn",
      });
    }
  });
}
