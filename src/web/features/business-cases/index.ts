import { defineFeature } from "../feature.js";
import da from "./i18n/da.json";
import en from "./i18n/en.json";
import { businessCaseMenu, businessCaseRoutes } from "./routes.js";

export const businessCasesFeature = defineFeature({
  namespace: "businessCases",
  resources: { da, en },
  routes: businessCaseRoutes,
  menu: businessCaseMenu,
});
