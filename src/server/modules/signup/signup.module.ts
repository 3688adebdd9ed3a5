import type { ServerModule } from "../../platform/module.js";
import { signupRoutes } from "./signup.routes.js";

export const signupModule: ServerModule = {
  name: "signup",
  register(app, deps) {
    signupRoutes(app, deps);
  },
};
