/** The pages of this area: one chunk, loaded when the first of them is shown (routes.tsx). */
export { ContactCreatePage } from "./pages/contact-create-page.js";
export { ContactDetailPage } from "./pages/contact-detail-page.js";
export { OutreachPage } from "./pages/outreach-page.js";
