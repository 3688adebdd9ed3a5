import type { FastifySchemaCompiler } from "fastify";
import type { z } from "zod";

/**
 * Validates with the shared Zod schema and hands the ZodError itself to the error handler, so the
 * answer can name each field in the reader's language (see errors.ts).
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    return result.success ? { value: result.data } : { error: result.error };
  };
