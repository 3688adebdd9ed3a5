import { z } from "zod";

/*
 * Zod building blocks for the schemas, apart from validation.ts (the message texts): the web app's
 * first page uses those texts, and should not carry all of Zod with them (ADR 0014).
 */

/** A trimmed single-line text with a maximum length; rejects NUL characters. */
export function text(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((value) => !value.includes("\u0000"), { message: "nul_character" });
}

export function requiredText(max: number) {
  return text(max).pipe(z.string().min(1));
}

/** A query-string list: "a,b" or repeated parameters → ["a", "b"]. */
export const csvList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(",")).map((item) => item.trim()).filter(Boolean));

/**
 * A query filter that an empty value leaves out: a form or a link sends `?kind=&side=` for «all», and that
 * must list everything, not fail validation.
 */
export function queryFilter<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
}
