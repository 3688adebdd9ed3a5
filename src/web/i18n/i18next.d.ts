import "i18next";
import type da from "./da.json";
import type { FeatureTexts } from "../features/resources.js";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof da } & FeatureTexts<"da">;
    returnNull: false;
  }
}
