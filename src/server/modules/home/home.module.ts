import type { ServerModule } from "../../platform/module.js";
import { homeRoutes } from "./home.routes.js";

/** The home page per role: composed from the owning modules' services, owns no data. */
export const homeModule: ServerModule = {
  name: "home",
  register(app, deps) {
    homeRoutes(app, deps);
  },
};
