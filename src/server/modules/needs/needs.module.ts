import type { ServerModule } from "../../platform/module.js";
import { needRoutes } from "./needs.routes.js";

export const needsModule: ServerModule = {
  name: "needs",
  register(app, deps) {
    needRoutes(app, deps);
  },
};
