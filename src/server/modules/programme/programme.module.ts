import type { ServerModule } from "../../platform/module.js";
import { programmeRoutes } from "./programme.routes.js";

/** The programme follow-up: indicators computed from every module's measures, funnel, exports. */
export const programmeModule: ServerModule = {
  name: "programme",
  register(app, deps) {
    programmeRoutes(app, deps);
  },
};
