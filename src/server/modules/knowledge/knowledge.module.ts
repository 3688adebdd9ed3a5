import type { ServerModule } from "../../platform/module.js";
import { knowledgeAuditSubject } from "./audit-names.js";
import { knowledgeRoutes } from "./knowledge.routes.js";
import { knowledgeMeasures } from "./measures.service.js";

export const knowledgeModule: ServerModule = {
  name: "knowledge",
  auditSubjects: [knowledgeAuditSubject],
  register(app, deps) {
    knowledgeRoutes(app, deps);
  },
  measures: knowledgeMeasures,
};
