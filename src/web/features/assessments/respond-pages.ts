/**
 * The respondent's page (a public link, often opened on a phone): a chunk of its own, without the
 * results pages' charts (recharts) that the other assessment pages bring.
 */
import "./assessments.css";
export { RespondPage } from "./pages/respond-page.js";
