import { defineFeature } from "../feature.js";
import da from "./i18n/menu/da.json";
import en from "./i18n/menu/en.json";
import { seminarMenu, seminarRoutes } from "./routes.js";

export const seminarsFeature = defineFeature({
  namespace: "seminars",
  resources: { menu: { da, en }, pages: { da: () => import("./i18n/da.json"), en: () => import("./i18n/en.json") } },
  routes: seminarRoutes,
  menu: seminarMenu,
});
