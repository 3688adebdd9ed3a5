import type { ServerModule } from "../../platform/module.js";
import { auditRoutes } from "./audit.routes.js";
import { purgeExpiredAudit } from "./audit.service.js";

const DAY_MS = 24 * 60 * 60 * 1000;

export const auditModule: ServerModule = {
  name: "audit",
  register(app, deps) {
    auditRoutes(app, deps);
  },
  jobs: [
    {
      name: "audit-retention-purge",
      everyMs: DAY_MS,
      atStart: true,
      run: async ({ db, config }) => ({
        deleted: await purgeExpiredAudit(db, config.auditRetentionDays),
        retentionDays: config.auditRetentionDays,
      }),
    },
  ],
};
