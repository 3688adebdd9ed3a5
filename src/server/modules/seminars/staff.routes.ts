import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AttendanceInput,
  ExportQuery,
  InvitationInput,
  OutcomeInput,
  OutcomeNeedInput,
  WalkInInput,
} from "../../../domain/seminars/schemas.js";
import type { Db } from "../../db/database.js";
import { accessById, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { notFound, requestLanguage } from "../../http/errors.js";
import type { ModuleDeps } from "../../platform/module.js";
import {
  addWalkIn,
  listSeminarRegistrations,
  markNoShows,
  registrationsCsv,
  registrationsXlsx,
  setAttendance,
} from "./attendance.service.js";
import { inviteToSeminar, listInvitations } from "./invitations.service.js";
import { addOutcome, createNeedFromOutcome, listOutcomes, seminarReport } from "./outcomes.service.js";
import { findSeminar } from "./seminars.repo.js";
import { registrationAnswerColumns } from "./surveys.service.js";

const IdParams = z.object({ id: z.uuid() });

async function seminarExists(db: Db, id: string): Promise<void> {
  if (!(await findSeminar(db, id))) {
    throw notFound("seminar");
  }
}

/** Registrations, check-in, invitations, outcomes and the report: agents and the programme manager. */
export function staffRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const config = {
    roles: ["admin" as const, "agent" as const],
    access: accessById((_actor, id) => seminarExists(db, id)),
  };

  api.get(
    "/api/seminars/:id/registrations",
    { config, schema: { tags: ["seminars"], summary: "Registrations and the wait list", params: IdParams } },
    async (request) => ({ items: await listSeminarRegistrations(db, request.params.id) }),
  );

  api.get(
    "/api/seminars/:id/registrations/export",
    {
      config,
      schema: {
        tags: ["seminars"],
        summary: "Registrations as XLSX or CSV",
        params: IdParams,
        querystring: ExportQuery,
      },
    },
    async (request, reply) => {
      const rows = await listSeminarRegistrations(db, request.params.id);
      const language = requestLanguage(request);
      const answers = await registrationAnswerColumns(
        db,
        request.params.id,
        rows.map((row) => row.id),
      );
      if (request.query.format === "csv") {
        return reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", 'attachment; filename="tilmeldinger.csv"')
          .send(`\uFEFF${registrationsCsv(rows, language, answers)}`);
      }
      return reply
        .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", 'attachment; filename="tilmeldinger.xlsx"')
        .send(await registrationsXlsx(rows, language, answers));
    },
  );

  api.post(
    "/api/seminars/:id/registrations/:registrationId/attendance",
    {
      config,
      schema: {
        tags: ["seminars"],
        summary: "Tick a person present at the door (or untick)",
        params: z.object({ id: z.uuid(), registrationId: z.uuid() }),
        body: AttendanceInput,
      },
    },
    async (request) =>
      setAttendance(
        serviceContext(request, db, requireActor(request)),
        request.params.id,
        request.params.registrationId,
        request.body.present,
      ),
  );

  api.post(
    "/api/seminars/:id/walk-ins",
    {
      config,
      schema: { tags: ["seminars"], summary: "Add a walk-in (attended)", params: IdParams, body: WalkInInput },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addWalkIn(serviceContext(request, db, requireActor(request)), request.params.id, request.body)),
  );

  api.post(
    "/api/seminars/:id/no-shows",
    { config, schema: { tags: ["seminars"], summary: "After the start: mark the rest as no-shows", params: IdParams } },
    async (request) => ({
      marked: await markNoShows(serviceContext(request, db, requireActor(request)), request.params.id),
    }),
  );

  api.get(
    "/api/seminars/:id/invitations",
    { config, schema: { tags: ["seminars"], summary: "Invitations: sent, accepted, declined", params: IdParams } },
    async (request) => ({ items: await listInvitations(db, request.params.id) }),
  );

  api.post(
    "/api/seminars/:id/invitations",
    {
      config,
      schema: { tags: ["seminars"], summary: "Invite a person on a side", params: IdParams, body: InvitationInput },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inviteToSeminar(
            serviceContext(request, db, requireActor(request)),
            deps,
            request.params.id,
            request.body,
          ),
        ),
  );

  api.get(
    "/api/seminars/:id/outcomes",
    { config, schema: { tags: ["seminars"], summary: "Ideas, needs and match leads", params: IdParams } },
    async (request) => ({ items: await listOutcomes(db, request.params.id) }),
  );

  api.post(
    "/api/seminars/:id/outcomes",
    { config, schema: { tags: ["seminars"], summary: "Record an outcome", params: IdParams, body: OutcomeInput } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addOutcome(serviceContext(request, db, requireActor(request)), request.params.id, request.body)),
  );

  api.post(
    "/api/seminars/:id/outcomes/:outcomeId/need",
    {
      config,
      schema: {
        tags: ["seminars"],
        summary: "Turn an idea into a need with the seminar as its origin",
        params: z.object({ id: z.uuid(), outcomeId: z.uuid() }),
        body: OutcomeNeedInput,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createNeedFromOutcome(
            serviceContext(request, db, requireActor(request)),
            request.params.id,
            request.params.outcomeId,
            request.body,
          ),
        ),
  );

  api.get(
    "/api/seminars/:id/report",
    {
      config,
      schema: {
        tags: ["seminars"],
        summary: "Closing report: attendance by side from check-in, outcomes, trail",
        params: IdParams,
      },
    },
    async (request) => seminarReport(db, request.params.id),
  );
}
