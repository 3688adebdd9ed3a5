import "i18next";
import type da from "./da.json";
import type { featureResources } from "../features/resources.js";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof da } & (typeof featureResources)["da"];
    returnNull: false;
  }
}
