/** The public seminar pages (often opened on a phone from a mail): a chunk of their own, without the staff pages. */
import "./seminars.css";
export { RegistrationPage } from "./pages/registration-page.js";
export { SeminarDetailPage } from "./pages/seminar-detail-page.js";
export { SeminarsPage } from "./pages/seminars-page.js";
export { SurveyPage } from "./pages/survey-page.js";
