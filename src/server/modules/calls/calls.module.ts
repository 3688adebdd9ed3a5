import type { ServerModule } from "../../platform/module.js";
import { callAuditSubject, offerAuditSubject } from "./audit-names.js";
import { callRoutes } from "./calls.routes.js";
import { offerRoutes } from "./offers.routes.js";

export const callsModule: ServerModule = {
  name: "calls",
  auditSubjects: [callAuditSubject, offerAuditSubject],
  register(app, deps) {
    callRoutes(app, deps);
    offerRoutes(app, deps);
  },
};
