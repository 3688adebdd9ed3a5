import { z } from "zod";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/**
 * `page` and `pageSize` of a list query, as they come in the URL (text). A page size above the
 * maximum is capped rather than refused, so a hand-written URL still gets an answer.
 */
export const PagingQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .transform((value) => Math.min(value, MAX_PAGE_SIZE))
    .default(DEFAULT_PAGE_SIZE),
});
export type PagingQuery = z.infer<typeof PagingQuery>;
