import { defineFeature } from "../feature.js";
import da from "./i18n/menu/da.json";
import en from "./i18n/menu/en.json";
import { signupMenu, signupRoutes } from "./routes.js";

export const signupFeature = defineFeature({
  namespace: "signup",
  resources: { menu: { da, en }, pages: { da: () => import("./i18n/da.json"), en: () => import("./i18n/en.json") } },
  routes: signupRoutes,
  menu: signupMenu,
});
