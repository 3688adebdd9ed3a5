import type { ServerModule } from "../../platform/module.js";
import { seminarAuditSubject } from "./audit-names.js";
import { expireOffers } from "./registrations.service.js";
import { purgeNonAttendees, sendSeminarReminders } from "./jobs.service.js";
import { registrationRoutes } from "./registrations.routes.js";
import { listSeminarsHeld } from "./seminars.repo.js";
import { seminarRoutes } from "./seminars.routes.js";
import { staffRoutes } from "./staff.routes.js";

const MINUTE = 60_000;

export const seminarsModule: ServerModule = {
  name: "seminars",
  auditSubjects: [seminarAuditSubject],
  register(app, deps) {
    seminarRoutes(app, deps);
    registrationRoutes(app, deps);
    staffRoutes(app, deps);
  },
  jobs: [
    { name: "seminar-claim-expiry", everyMs: 5 * MINUTE, atStart: true, run: (deps) => expireOffers(deps) },
    { name: "seminar-reminders", everyMs: 15 * MINUTE, atStart: true, run: (deps) => sendSeminarReminders(deps) },
    { name: "seminar-purge", everyMs: 24 * 60 * MINUTE, run: (deps) => purgeNonAttendees(deps) },
  ],
  measures: [{ code: "seminars_held", evidence: listSeminarsHeld }],
};
