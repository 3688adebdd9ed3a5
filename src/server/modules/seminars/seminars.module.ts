import type { ServerModule } from "../../platform/module.js";
import { seminarAuditSubject } from "./audit-names.js";
import { expireOffers } from "./registrations.service.js";
import { purgeNonAttendees, sendSeminarReminders } from "./jobs.service.js";
import { registrationRoutes } from "./registrations.routes.js";
import { listSeminarsHeld } from "./seminars.repo.js";
import { seminarRoutes } from "./seminars.routes.js";
import { staffRoutes } from "./staff.routes.js";
import { listFollowUpCooperations } from "./surveys.repo.js";
import { surveyRoutes } from "./surveys.routes.js";
import { sendDueSurveys } from "./surveys.service.js";

const MINUTE = 60_000;

export const seminarsModule: ServerModule = {
  name: "seminars",
  auditSubjects: [seminarAuditSubject],
  register(app, deps) {
    seminarRoutes(app, deps);
    registrationRoutes(app, deps);
    staffRoutes(app, deps);
    surveyRoutes(app, deps);
  },
  jobs: [
    {
      name: "seminar-claim-expiry",
      everyMs: 5 * MINUTE,
      atStart: true,
      run: (deps) => expireOffers(deps, deps.clock.now()),
    },
    {
      name: "seminar-reminders",
      everyMs: 15 * MINUTE,
      atStart: true,
      run: (deps) => sendSeminarReminders(deps, deps.clock.now()),
    },
    { name: "seminar-purge", everyMs: 24 * 60 * MINUTE, run: (deps) => purgeNonAttendees(deps, deps.clock.now()) },
    { name: "seminar-evaluations", everyMs: 60 * MINUTE, run: (deps) => sendDueSurveys(deps, "evaluation") },
    { name: "seminar-follow-ups", everyMs: 24 * 60 * MINUTE, run: (deps) => sendDueSurveys(deps, "follow_up") },
  ],
  measures: [
    { code: "seminars_held", evidence: listSeminarsHeld },
    { code: "seminar_follow_up_cooperation", evidence: listFollowUpCooperations },
  ],
};
