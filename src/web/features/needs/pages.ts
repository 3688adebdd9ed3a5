/** The pages of this area: one chunk, loaded when the first of them is shown (routes.tsx). */
import "./needs.css";
export { FundingPage } from "./pages/funding-page.js";
export { NeedCreatePage } from "./pages/need-create-page.js";
export { NeedDetailPage } from "./pages/need-detail-page.js";
export { NeedEditPage } from "./pages/need-edit-page.js";
export { NeedsPage } from "./pages/needs-page.js";
export { OrganisationMatchPage } from "./pages/organisation-match-page.js";
export { ProgrammeCreatePage } from "./pages/programme-create-page.js";
export { ProgrammeEditPage } from "./pages/programme-edit-page.js";
