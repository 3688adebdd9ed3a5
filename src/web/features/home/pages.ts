/** The pages of this area: one chunk, loaded when the home page is first shown (routes.tsx). */
export { RoleHomePage } from "./pages/role-home-page.js";
