import type { ServerModule } from "../../platform/module.js";
import { assessmentAuditSubject } from "./audit-names.js";
import { assessmentMeasures } from "./measures.js";
import { assessmentRoutes } from "./assessments.routes.js";
import { templateRoutes } from "./templates.routes.js";
import { respondRoutes } from "./respond.routes.js";
import { resultRoutes } from "./results.routes.js";

export const assessmentsModule: ServerModule = {
  name: "assessments",
  auditSubjects: [assessmentAuditSubject],
  measures: assessmentMeasures,
  register(app, deps) {
    templateRoutes(app, deps);
    respondRoutes(app, deps);
    resultRoutes(app, deps);
    assessmentRoutes(app, deps);
  },
};
