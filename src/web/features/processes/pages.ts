/** The pages of this area: one chunk, loaded when the first of them is shown (routes.tsx). */
import "./processes.css";
export { BoardPage } from "./pages/board-page.js";
export { NotificationsPage } from "./pages/notifications-page.js";
export { ProcessCreatePage } from "./pages/process-create-page.js";
export { ProcessDetailPage } from "./pages/process-detail-page.js";
