/** The pages of this area: one chunk, loaded when the first of them is shown (routes.tsx). */
import "./business-cases.css";
export { BusinessCaseCreatePage } from "./pages/business-case-create-page.js";
export { BusinessCasePage } from "./pages/business-case-page.js";
export { BusinessCasesPage } from "./pages/business-cases-page.js";
