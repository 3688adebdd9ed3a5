import type { ServerModule } from "../../platform/module.js";
import { userRoutes } from "./users.routes.js";

export const usersModule: ServerModule = {
  name: "users",
  register(app, deps) {
    userRoutes(app, deps);
  },
};
