import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { SeminarCreate, SeminarPatch, SeminarStatusChange } from "../../../domain/seminars/schemas.js";
import { requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import type { ModuleDeps } from "../../platform/module.js";
import { seminarCalendar, seminarFeed } from "./seminars.calendar.js";
import { listSeminarRows } from "./seminars.repo.js";
import {
  changeSeminarStatus,
  createSeminar,
  describeSeminar,
  listSeminars,
  loadVisibleSeminar,
  updateSeminar,
} from "./seminars.service.js";

const IdParams = z.object({ id: z.uuid() });
const STAFF = { roles: ["admin" as const, "agent" as const] };

export function seminarRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  api.get(
    "/api/seminars",
    {
      config: { public: true },
      schema: { tags: ["seminars"], summary: "Seminars: published ones for everyone, all for staff" },
    },
    async (request) => ({ items: await listSeminars(db, request.actor) }),
  );

  api.get(
    "/api/seminars/feed.ics",
    {
      config: { public: true },
      schema: { tags: ["seminars"], summary: "A subscribable iCalendar feed of the published seminars" },
    },
    async (_request, reply) => {
      const rows = (await listSeminarRows(db, { publishedOnly: true })).filter((row) => row.status !== "draft");
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("content-disposition", 'inline; filename="seminarer.ics"')
        .send(seminarFeed(rows, deps.config.publicUrl));
    },
  );

  api.get(
    "/api/seminars/:id",
    {
      config: { public: true },
      schema: {
        tags: ["seminars"],
        summary: "One seminar; the online link only for registered people and staff",
        params: IdParams,
      },
    },
    async (request) => describeSeminar(db, request.actor, request.params.id),
  );

  api.get(
    "/api/seminars/:id/ical",
    {
      config: { public: true },
      schema: {
        tags: ["seminars"],
        summary: "The seminar as an .ics (stable UID, SEQUENCE raised on change)",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const seminar = await loadVisibleSeminar(db, request.actor, request.params.id);
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("content-disposition", 'attachment; filename="seminar.ics"')
        .send(seminarCalendar(seminar, deps.config.publicUrl));
    },
  );

  api.post(
    "/api/seminars",
    {
      config: STAFF,
      schema: { tags: ["seminars"], summary: "Plan a seminar (a draft until published)", body: SeminarCreate },
    },
    async (request, reply) =>
      reply.status(201).send(await createSeminar(serviceContext(request, db, requireActor(request)), request.body)),
  );

  api.patch(
    "/api/seminars/:id",
    {
      config: STAFF,
      schema: {
        tags: ["seminars"],
        summary: "Edit a seminar; a capacity below the places taken is refused with the count",
        params: IdParams,
        body: SeminarPatch,
      },
    },
    async (request) =>
      updateSeminar(serviceContext(request, db, requireActor(request)), deps, request.params.id, request.body),
  );

  api.post(
    "/api/seminars/:id/status",
    {
      config: STAFF,
      schema: {
        tags: ["seminars"],
        summary: "Publish, mark held, close or cancel a seminar",
        params: IdParams,
        body: SeminarStatusChange,
      },
    },
    async (request) =>
      changeSeminarStatus(
        serviceContext(request, db, requireActor(request)),
        deps,
        request.params.id,
        request.body.status,
      ),
  );
}
