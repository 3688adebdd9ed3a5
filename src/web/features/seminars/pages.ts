/** The staff pages of this area: one chunk, loaded when the first of them is shown (routes.tsx). */
import "./seminars.css";
export { ParticipantsPage } from "./pages/participants-page.js";
export { InvitationsPage } from "./pages/invitations-page.js";
export { SeminarCreatePage, SeminarEditPage } from "./pages/seminar-form-page.js";
export { QuestionsPage } from "./pages/questions-page.js";
