/** The pages of this area: one chunk, loaded when the first of them is shown (routes.tsx). */
export { AdminAuditPage } from "./pages/admin-audit-page.js";
export { AdminCompetencesPage } from "./pages/admin-competences-page.js";
export { AdminOutboxPage } from "./pages/admin-outbox-page.js";
export { AdminUsersPage } from "./pages/admin-users-page.js";
