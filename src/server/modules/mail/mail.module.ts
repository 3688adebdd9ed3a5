import type { ServerModule } from "../../platform/module.js";
import { mailRoutes } from "./mail.routes.js";

export const mailModule: ServerModule = {
  name: "mail",
  register(app, deps) {
    mailRoutes(app, deps);
  },
};
