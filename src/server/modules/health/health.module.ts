import type { ServerModule } from "../../platform/module.js";
import { healthRoutes } from "./health.routes.js";

export const healthModule: ServerModule = {
  name: "health",
  register(app, deps) {
    healthRoutes(app, deps);
  },
};
