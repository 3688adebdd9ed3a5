import "dkfds-dist/css/dkfds.min.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router-dom";
import { createRouter } from "./app.js";
import { AuthProvider, checkSessionEarly } from "./auth/auth-context.js";
import { initI18n } from "./i18n/i18n.js";

checkSessionEarly();
initI18n();
const router = createRouter();
const container = document.getElementById("root");
if (!container) {
  throw new Error("index.html has no #root element");
}
createRoot(container).render(
  <StrictMode>
    <AuthProvider>
      <RouterProvider router={router} />
    </AuthProvider>
  </StrictMode>,
);
