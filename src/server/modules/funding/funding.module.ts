import type { ServerModule } from "../../platform/module.js";
import { fundingRoutes } from "./funding.routes.js";

export const fundingModule: ServerModule = {
  name: "funding",
  register(app, deps) {
    fundingRoutes(app, deps);
  },
};
