import type { ServerModule } from "../../platform/module.js";
import { needAuditSubject } from "./audit-names.js";
import { needMeasures } from "./measures.js";
import { needRoutes } from "./needs.routes.js";

export const needsModule: ServerModule = {
  name: "needs",
  auditSubjects: [needAuditSubject],
  measures: needMeasures,
  register(app, deps) {
    needRoutes(app, deps);
  },
};
