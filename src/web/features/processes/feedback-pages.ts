/**
 * The feedback page (a citizen's or employee's public link, opened on a phone): a chunk of its own,
 * without the board and process pages that signed-in users get in `pages.ts`.
 */
import "./processes.css";
export { FeedbackPage } from "./pages/feedback-page.js";
