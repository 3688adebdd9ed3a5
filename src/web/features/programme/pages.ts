/** The pages of this area: one chunk, loaded when the first of them is shown (routes.tsx). */
import "./programme.css";
export { DashboardPage } from "./pages/dashboard-page.js";
export { EvidencePage } from "./pages/evidence-page.js";
export { SettingsPage } from "./pages/settings-page.js";
export { PublicSummaryPage } from "./pages/public-summary-page.js";
