/** The editors' page for a draft: agents, the programme manager and members of the case's organisations. */
import "./knowledge.css";
export { KnowledgeEditorPage } from "./pages/editor-page.js";
