import type { ServerModule } from "../../platform/module.js";
import { matchingRoutes } from "./matching.routes.js";

export const matchingModule: ServerModule = {
  name: "matching",
  register(app, deps) {
    matchingRoutes(app, deps);
  },
};
