import type { ServerModule } from "../platform/module.js";
import { healthModule } from "./health/health.module.js";
import { authModule } from "./auth/auth.module.js";
import { usersModule } from "./users/users.module.js";
import { referenceModule } from "./reference/reference.module.js";
import { organisationsModule } from "./organisations/organisations.module.js";
import { needsModule } from "./needs/needs.module.js";
import { matchingModule } from "./matching/matching.module.js";
import { fundingModule } from "./funding/funding.module.js";
import { callsModule } from "./calls/calls.module.js";
import { assessmentsModule } from "./assessments/assessments.module.js";
import { processesModule } from "./processes/processes.module.js";
import { notificationsModule } from "./notifications/notifications.module.js";
import { businessCasesModule } from "./business-cases/business-cases.module.js";
import { auditModule } from "./audit/audit.module.js";
import { mailModule } from "./mail/mail.module.js";
import { disclosuresModule } from "./disclosures/disclosures.module.js";
import { knowledgeModule } from "./knowledge/knowledge.module.js";
import { programmeModule } from "./programme/programme.module.js";
import { seminarsModule } from "./seminars/seminars.module.js";
import { outreachModule } from "./outreach/outreach.module.js";
import { homeModule } from "./home/home.module.js";
import { signupModule } from "./signup/signup.module.js";
import { storyModule } from "./story/story.module.js";

/** Every server module, in registration order. A new module is one line here. */
export const serverModules: ServerModule[] = [
  healthModule,
  authModule,
  usersModule,
  referenceModule,
  organisationsModule,
  needsModule,
  matchingModule,
  fundingModule,
  callsModule,
  assessmentsModule,
  processesModule,
  notificationsModule,
  businessCasesModule,
  auditModule,
  mailModule,
  disclosuresModule,
  knowledgeModule,
  programmeModule,
  seminarsModule,
  outreachModule,
  homeModule,
  signupModule,
  storyModule,
];
