import type { ServerModule } from "../../platform/module.js";
import { processAuditSubject } from "./audit-names.js";
import { processMeasures } from "./measures.js";
import { processRoutes } from "./processes.routes.js";
import { processWorkRoutes } from "./process-work.routes.js";
import { processDocumentRoutes } from "./process-documents.routes.js";
import { feedbackRoutes } from "./feedback.routes.js";
import { agreementDraftRoutes } from "./agreement-draft.routes.js";
import { processTagRoutes } from "./tags.routes.js";
import { sendTaskReminders } from "./process-work.service.js";

const HOUR_MS = 60 * 60 * 1000;

export const processesModule: ServerModule = {
  name: "processes",
  auditSubjects: [processAuditSubject],
  measures: processMeasures,
  register(app, deps) {
    processRoutes(app, deps);
    processWorkRoutes(app, deps);
    processDocumentRoutes(app, deps);
    feedbackRoutes(app, deps);
    agreementDraftRoutes(app, deps);
    processTagRoutes(app, deps);
  },
  jobs: [{ name: "task-reminders", everyMs: HOUR_MS, run: ({ db, notifier }) => sendTaskReminders(db, notifier) }],
};
