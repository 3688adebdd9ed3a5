import { defineFeature } from "../feature.js";
import da from "./i18n/menu/da.json";
import en from "./i18n/menu/en.json";
import { knowledgeMenu, knowledgeRoutes } from "./routes.js";

export const knowledgeFeature = defineFeature({
  namespace: "knowledge",
  resources: { menu: { da, en }, pages: { da: () => import("./i18n/da.json"), en: () => import("./i18n/en.json") } },
  routes: knowledgeRoutes,
  menu: knowledgeMenu,
});
