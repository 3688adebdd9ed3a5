import { defineFeature } from "../feature.js";
import da from "./i18n/da.json";
import en from "./i18n/en.json";
import { adminMenu, adminRoutes } from "./routes.js";

export const adminFeature = defineFeature({
  namespace: "admin",
  resources: { da, en },
  routes: adminRoutes,
  menu: adminMenu,
});
