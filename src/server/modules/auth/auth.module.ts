import type { ServerModule } from "../../platform/module.js";
import { authRoutes } from "./auth.routes.js";

export const authModule: ServerModule = {
  name: "auth",
  register(app, deps) {
    authRoutes(app, deps);
  },
};
