import type { ServerModule } from "../../platform/module.js";
import { organisationLookupRoutes } from "./lookup.routes.js";
import { organisationAuditSubject } from "./audit-names.js";
import { organisationRoutes } from "./organisations.routes.js";
import { organisationTransferRoutes } from "./transfer.routes.js";

export const organisationsModule: ServerModule = {
  name: "organisations",
  auditSubjects: [organisationAuditSubject],
  register(app, deps) {
    organisationRoutes(app, deps);
    organisationTransferRoutes(app, deps);
    organisationLookupRoutes(app, deps);
  },
};
