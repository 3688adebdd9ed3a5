import type { ServerModule } from "../../platform/module.js";
import { businessCaseAuditSubject } from "./audit-names.js";
import { businessCaseRoutes } from "./business-cases.routes.js";
import { versionRoutes } from "./versions.routes.js";
import { exportRoutes } from "./export.routes.js";

export const businessCasesModule: ServerModule = {
  name: "business-cases",
  auditSubjects: [businessCaseAuditSubject],
  register(app, deps) {
    businessCaseRoutes(app, deps);
    versionRoutes(app, deps);
    exportRoutes(app, deps);
  },
};
