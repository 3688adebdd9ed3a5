/**
 * The public knowledge portal (no login, often on a phone): a chunk of its own, without the editors'
 * pages and without any chart code (the spread is a table).
 */
import "./knowledge.css";
export { KnowledgeEntryPage } from "./pages/entry-page.js";
export { KnowledgePortalPage } from "./pages/portal-page.js";
