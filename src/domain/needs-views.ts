import type { Page } from "./list-views.js";
import type { NeedSummary } from "./needs.js";

/**
 * The API's answers about needs (src/server/modules/needs), shared with the browser; `Need` and `NeedSummary` are in
 * needs.ts.
 */
export type NeedPage = Page<NeedSummary>;
