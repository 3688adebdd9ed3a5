import { defineFeature } from "../feature.js";
import da from "./i18n/menu/da.json";
import en from "./i18n/menu/en.json";

/**
 * The equal-treatment record. It has no pages of its own: its section sits on the process page and the need
 * page (those areas load this namespace with their pages).
 */
export const disclosuresFeature = defineFeature({
  namespace: "disclosures",
  resources: { menu: { da, en }, pages: { da: () => import("./i18n/da.json"), en: () => import("./i18n/en.json") } },
  routes: [],
  menu: () => [],
});
