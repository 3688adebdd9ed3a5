import { defineFeature } from "../feature.js";
import da from "./i18n/da.json";
import en from "./i18n/en.json";
import { assessmentMenu, assessmentRoutes } from "./routes.js";

export const assessmentsFeature = defineFeature({
  namespace: "assessments",
  resources: { da, en },
  routes: assessmentRoutes,
  menu: assessmentMenu,
});
