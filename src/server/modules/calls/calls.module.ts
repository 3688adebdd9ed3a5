import type { ServerModule } from "../../platform/module.js";
import { callRoutes } from "./calls.routes.js";
import { offerRoutes } from "./offers.routes.js";

export const callsModule: ServerModule = {
  name: "calls",
  register(app, deps) {
    callRoutes(app, deps);
    offerRoutes(app, deps);
  },
};
