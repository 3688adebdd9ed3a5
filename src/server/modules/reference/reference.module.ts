import type { ServerModule } from "../../platform/module.js";
import { referenceRoutes } from "./reference.routes.js";

export const referenceModule: ServerModule = {
  name: "reference",
  register(app, deps) {
    referenceRoutes(app, deps);
  },
};
