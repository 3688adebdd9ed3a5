import type { Page } from "./list-views.js";
import type { NeedSummary } from "./needs.js";

/**
 * The API's answers about needs (src/server/modules/needs), shared with the browser; `Need` and `NeedSummary` are in
 * needs.ts.
 */
/** `isTotalExact` false: there are more than `total` (the count stops at 1,000, as the organisation list's does). */
export type NeedPage = Page<NeedSummary> & { isTotalExact: boolean };
