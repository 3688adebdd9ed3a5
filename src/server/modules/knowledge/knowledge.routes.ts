import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AdoptionInput,
  ApprovalInput,
  EntryInput,
  EntryUpdate,
  FromProcessInput,
  KnowledgeQuery,
  LinkInput,
  StateChange,
} from "../../../domain/knowledge/entries.js";
import { accessById, allowIf, pathId, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { requestLanguage } from "../../http/errors.js";
import { attachmentDisposition, readSingleFile } from "../../http/uploads.js";
import type { ModuleDeps } from "../../platform/module.js";
import { listAreaAdoptions, recordAdoption } from "./adoptions.service.js";
import { buildAtomFeed } from "./feed.service.js";
import { readEntryFile, uploadEntryFile } from "./files.service.js";
import { draftCaseFromProcess } from "./from-process.service.js";
import { describeEntry } from "./entry-detail.service.js";
import { canEditKnowledge } from "./knowledge.policy.js";
import {
  approveEntry,
  changeEntryState,
  checkMayApprove,
  createEntry,
  linkEntry,
  loadVisibleEntry,
  searchKnowledge,
  updateEntry,
} from "./knowledge.service.js";

const IdParams = z.object({ id: z.uuid() });
const tags = ["knowledge"];

export function knowledgeRoutes(app: FastifyInstance, { db, config }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const editors = { roles: ["admin", "agent"] as ("admin" | "agent")[] };
  const visible = accessById((actor, id) => loadVisibleEntry(db, actor, id));

  api.get(
    "/api/knowledge",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "Open data: published entries with their facts (with drafts=true, also the drafts the caller may see)",
        querystring: KnowledgeQuery,
      },
    },
    async (request) => searchKnowledge(db, request.actor, request.query),
  );

  api.get(
    "/api/knowledge/feed.atom",
    { config: { public: true }, schema: { tags, summary: "Atom feed of newly published entries" } },
    async (_request, reply) =>
      reply.type("application/atom+xml; charset=utf-8").send(await buildAtomFeed(db, config.publicUrl)),
  );

  api.get(
    "/api/knowledge/areas/:code/adoptions",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "The cases a municipality or region has adopted",
        params: z.object({ code: z.string().max(10) }),
      },
    },
    async (request) => listAreaAdoptions(db, request.actor, request.params.code, requestLanguage(request)),
  );

  api.get(
    "/api/knowledge/:id",
    {
      config: { public: true },
      schema: { tags, summary: "One entry with its facts, links, files and spread", params: IdParams },
    },
    async (request) => describeEntry(db, request.actor, request.params.id),
  );

  api.get(
    "/api/knowledge/:id/files/:fileId",
    {
      config: { public: true },
      schema: { tags, summary: "Download a file of an entry", params: z.object({ id: z.uuid(), fileId: z.uuid() }) },
    },
    async (request, reply) => {
      const file = await readEntryFile(db, request.actor, request.params.id, request.params.fileId);
      reply.header("content-disposition", attachmentDisposition(file.filename));
      reply.header("content-security-policy", "default-src 'none'; sandbox");
      return reply.type(file.media_type).send(Buffer.from(file.content));
    },
  );

  api.post(
    "/api/knowledge",
    {
      config: { ...editors, access: allowIf(canEditKnowledge) },
      schema: { tags, summary: "Write a new entry (draft)", body: EntryInput },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createEntry(serviceContext(request, db, actor), request.body);
      return reply.status(201).send(await describeEntry(db, actor, id));
    },
  );

  api.post(
    "/api/knowledge/from-process",
    {
      config: editors,
      schema: { tags, summary: "A draft case from a completed or stopped process", body: FromProcessInput },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await draftCaseFromProcess(serviceContext(request, db, actor), request.body.processId);
      return reply.status(201).send(await describeEntry(db, actor, id));
    },
  );

  api.put(
    "/api/knowledge/:id",
    {
      config: { ...editors, access: visible },
      schema: { tags, summary: "Save a new version of an entry, with a comment", params: IdParams, body: EntryUpdate },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateEntry(serviceContext(request, db, actor), request.params.id, request.body);
      return describeEntry(db, actor, request.params.id);
    },
  );

  api.post(
    "/api/knowledge/:id/state",
    {
      config: { ...editors, access: visible },
      schema: {
        tags,
        summary: "Send to review, back to draft, publish or archive",
        params: IdParams,
        body: StateChange,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await changeEntryState(serviceContext(request, db, actor), request.params.id, request.body);
      return describeEntry(db, actor, request.params.id);
    },
  );

  api.post(
    "/api/knowledge/:id/approvals/:organisationId",
    {
      config: {
        access: async (request, actor) => {
          const id = pathId(request);
          const organisationId = pathId(request, "organisationId");
          if (id !== null && organisationId !== null) {
            await checkMayApprove(db, actor, id, organisationId);
          }
        },
      },
      schema: {
        tags,
        summary: "Approve publication for one's organisation (or, as an agent, record an approval)",
        params: z.object({ id: z.uuid(), organisationId: z.uuid() }),
        body: ApprovalInput,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, organisationId } = request.params;
      await approveEntry(serviceContext(request, db, actor), id, organisationId, request.body);
      return describeEntry(db, actor, id);
    },
  );

  api.post(
    "/api/knowledge/:id/links",
    {
      config: { ...editors, access: visible },
      schema: {
        tags,
        summary: "Link to the process it came from or a method/tool it used",
        params: IdParams,
        body: LinkInput,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await linkEntry(serviceContext(request, db, actor), request.params.id, request.body);
      return describeEntry(db, actor, request.params.id);
    },
  );

  api.post(
    "/api/knowledge/:id/files",
    {
      config: { ...editors, access: visible },
      schema: { tags, summary: "Upload a file (a tool's template), field «file»", params: IdParams },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await readSingleFile(request);
      return reply.status(201).send(await uploadEntryFile(serviceContext(request, db, actor), request.params.id, file));
    },
  );

  api.post(
    "/api/knowledge/:id/adoptions",
    {
      config: { ...editors, access: visible },
      schema: {
        tags,
        summary: "Record how far a municipality or region has adopted a case",
        params: IdParams,
        body: AdoptionInput,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await recordAdoption(serviceContext(request, db, actor), request.params.id, request.body);
      return describeEntry(db, actor, request.params.id);
    },
  );
}
