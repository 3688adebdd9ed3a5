/**
 * The open calls (public pages, often opened on a phone from a link): a chunk of their own, without the
 * needs, matching and funding pages that signed-in users get in `pages.ts`.
 */
import "./needs.css";
export { CallDetailPage } from "./pages/call-detail-page.js";
export { CallsPage } from "./pages/calls-page.js";
