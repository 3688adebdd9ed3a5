/**
 * One open call (public): its own chunk, as it brings the offer, dialogue and closing forms with their
 * Zod schemas (`domain/calls.ts`), which the list of calls (`public-pages.ts`) does not need.
 */
import "./needs.css";
export { CallDetailPage } from "./pages/call-detail-page.js";
