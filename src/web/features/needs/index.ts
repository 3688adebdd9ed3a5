import { defineFeature } from "../feature.js";
import da from "./i18n/da.json";
import en from "./i18n/en.json";
import { needMenu, needRoutes } from "./routes.js";

export const needsFeature = defineFeature({
  namespace: "needs",
  resources: { da, en },
  routes: needRoutes,
  menu: needMenu,
});
