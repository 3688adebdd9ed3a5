import type { ServerModule } from "../../platform/module.js";
import { listVisitedInstitutions } from "./outreach.repo.js";
import { outreachRoutes } from "./outreach.routes.js";
import { sendFollowUpReminders } from "./outreach.service.js";

const HOUR_MS = 60 * 60 * 1000;

export const outreachModule: ServerModule = {
  name: "outreach",
  register(app, deps) {
    outreachRoutes(app, deps);
  },
  jobs: [
    {
      name: "outreach-follow-up-reminders",
      everyMs: HOUR_MS,
      run: ({ db, notifier, clock }) => sendFollowUpReminders(db, notifier, clock),
    },
  ],
  measures: [{ code: "institutions_visited", evidence: listVisitedInstitutions }],
};
