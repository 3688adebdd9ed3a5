/**
 * The staff pages of this area: one chunk, loaded when the first of them is shown (routes.tsx).
 * The respondent's page has its own (respond-pages.ts): it is public and needs no charts.
 */
import "./assessments.css";
export { AssessmentCreatePage } from "./pages/assessment-create-page.js";
export { AssessmentPage } from "./pages/assessment-page.js";
export { AssessmentResultsPage } from "./pages/assessment-results-page.js";
export { AssessmentsPage } from "./pages/assessments-page.js";
export { TemplateEditPage } from "./pages/template-edit-page.js";
export { TemplatePage } from "./pages/template-page.js";
export { TemplatesPage } from "./pages/templates-page.js";
