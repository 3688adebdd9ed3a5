/** The pages of this area: one chunk, loaded when the first of them is shown (routes.tsx). */
export { ImportPage } from "./pages/import-page.js";
export { OrganisationCreatePage } from "./pages/organisation-create-page.js";
export { OrganisationDetailPage } from "./pages/organisation-detail-page.js";
export { OrganisationEditPage } from "./pages/organisation-edit-page.js";
export { OrganisationsPage } from "./pages/organisations-page.js";
