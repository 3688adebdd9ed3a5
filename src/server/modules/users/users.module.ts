import type { ServerModule } from "../../platform/module.js";
import { userAuditSubject } from "./audit-names.js";
import { userRoutes } from "./users.routes.js";

export const usersModule: ServerModule = {
  name: "users",
  auditSubjects: [userAuditSubject],
  register(app, deps) {
    userRoutes(app, deps);
  },
};
