import type { ServerModule } from "../../platform/module.js";
import { knowledgeRoutes } from "./knowledge.routes.js";
import { knowledgeMeasures } from "./measures.service.js";

export const knowledgeModule: ServerModule = {
  name: "knowledge",
  register(app, deps) {
    knowledgeRoutes(app, deps);
  },
  measures: knowledgeMeasures,
};
