import type { ServerModule } from "../../platform/module.js";
import { disclosureRoutes } from "./disclosures.routes.js";

/** The equal-treatment record: what public organisations gave companies, and the neutralisation pack. */
export const disclosuresModule: ServerModule = {
  name: "disclosures",
  register(app, deps) {
    disclosureRoutes(app, deps);
  },
};
