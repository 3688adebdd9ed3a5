/** The pages of this area: one chunk, loaded when the first of them is shown (routes.tsx). */
import "./signup.css";
export { SignupConfirmPage } from "./pages/signup-confirm-page.js";
export { SignupPage } from "./pages/signup-page.js";
export { SignupRequestsPage } from "./pages/signup-requests-page.js";
