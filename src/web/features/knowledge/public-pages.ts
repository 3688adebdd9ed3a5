/**
 * The public knowledge portal (no login, often on a phone): a chunk of its own, without the editors'
 * pages; the spread chart (Recharts) comes in a further chunk, only on a case that has adoptions.
 */
import "./knowledge.css";
export { KnowledgeEntryPage } from "./pages/entry-page.js";
export { KnowledgePortalPage } from "./pages/portal-page.js";
