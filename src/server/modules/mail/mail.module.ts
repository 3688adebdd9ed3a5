import type { ServerModule } from "../../platform/module.js";
import { mailRoutes } from "./mail.routes.js";

export const mailModule: ServerModule = {
  name: "mail",
  register(app, deps) {
    mailRoutes(app, deps);
  },
  // On every instance: rows are claimed one by one (SKIP LOCKED), so instances share the work.
  jobs: [
    { name: "mail-delivery", everyMs: 5_000, everyInstance: true, run: ({ db, mailer }) => mailer.deliverDue(db) },
  ],
};
