import { defineFeature } from "../feature.js";
import da from "./i18n/da.json";
import en from "./i18n/en.json";
import { organisationMenu, organisationRoutes } from "./routes.js";

export const organisationsFeature = defineFeature({
  namespace: "organisations",
  resources: { da, en },
  routes: organisationRoutes,
  menu: organisationMenu,
});
