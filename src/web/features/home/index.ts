import { defineFeature } from "../feature.js";
import da from "./i18n/menu/da.json";
import en from "./i18n/menu/en.json";
import { homeRoutes } from "./routes.js";

/** The first page after signing in: what to do next, per role (no menu entry: the logo and «Forside» lead here). */
export const homeFeature = defineFeature({
  namespace: "home",
  resources: { menu: { da, en }, pages: { da: () => import("./i18n/da.json"), en: () => import("./i18n/en.json") } },
  routes: homeRoutes,
  menu: () => [],
});
