import { defineFeature } from "../feature.js";
import da from "./i18n/da.json";
import en from "./i18n/en.json";
import { processMenu, processRoutes } from "./routes.js";

export const processesFeature = defineFeature({
  namespace: "processes",
  resources: { da, en },
  routes: processRoutes,
  menu: processMenu,
});
