import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  DISCLOSURE_CONTEXT_KINDS,
  DisclosureContextParams,
  DisclosureCreate,
  PACK_KINDS,
  PackParams,
} from "../../../domain/disclosures/schemas.js";
import type { Db } from "../../db/database.js";
import { pathId, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { HttpError, requestLanguage } from "../../http/errors.js";
import { assertStorableText } from "../../http/input-guards.js";
import { attachmentDisposition, multipartError } from "../../http/uploads.js";
import type { Actor } from "../../platform/actor.js";
import type { ModuleDeps } from "../../platform/module.js";
import { resolveContext, resolveManagedContext } from "./disclosure-context.service.js";
import { listDisclosures, readDisclosureFile, recordDisclosure, type DisclosureFile } from "./disclosures.service.js";
import { exportPack, summarisePack } from "./pack.service.js";

const BASE = "/api/disclosures/:kind/:contextId";

/**
 * An `access` check on the context the path names, before the body is read: a caller who may not see it hears
 * 404, one who may not manage it 403. An unknown kind or a malformed id is left to validation (400 naming it).
 */
function contextAccess(db: Db, kinds: readonly string[], manage: boolean) {
  return async (request: FastifyRequest, actor: Actor) => {
    const kind = (request.params as Record<string, unknown>).kind;
    const id = pathId(request, "contextId");
    if (typeof kind !== "string" || !kinds.includes(kind) || id === null || kind === "seminar") {
      return;
    }
    const typed = kind as (typeof DISCLOSURE_CONTEXT_KINDS)[number];
    const language = requestLanguage(request);
    await (manage ? resolveManagedContext : resolveContext)(db, actor, typed, id, language);
  };
}

/** The form: multipart with the JSON fields in «data» and an optional «file», or a plain JSON body. */
async function readCreateRequest(
  request: FastifyRequest,
): Promise<{ input: DisclosureCreate; file: DisclosureFile | null }> {
  if (!request.isMultipart()) {
    return { input: DisclosureCreate.parse(request.body ?? {}), file: null };
  }
  let data: unknown = {};
  let file: DisclosureFile | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        const bytes = await part.toBuffer();
        file = bytes.length > 0 || part.filename ? { filename: part.filename, bytes } : null;
      } else if (part.fieldname === "data" && typeof part.value === "string") {
        assertStorableText("data", part.value);
        try {
          data = JSON.parse(part.value);
        } catch {
          throw new HttpError(400, "validation", "data: must be JSON", { data: "Skal være JSON" });
        }
      }
    }
  } catch (error) {
    throw multipartError(error, requestLanguage(request));
  }
  return { input: DisclosureCreate.parse(data), file: file && file.bytes.length > 0 ? file : null };
}

export function disclosureRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    BASE,
    {
      config: { access: contextAccess(db, DISCLOSURE_CONTEXT_KINDS, false) },
      schema: {
        tags: ["equal treatment"],
        summary: "The equal-treatment record of a call, need or process (a company sees only what it received)",
        params: DisclosureContextParams,
      },
    },
    async (request) =>
      listDisclosures(
        db,
        requireActor(request),
        request.params.kind,
        request.params.contextId,
        requestLanguage(request),
      ),
  );

  api.post(
    BASE,
    {
      config: { access: contextAccess(db, DISCLOSURE_CONTEXT_KINDS, true) },
      schema: {
        tags: ["equal treatment"],
        summary: "Record material given to companies (JSON, or multipart: «data» as JSON and an optional «file»)",
        params: DisclosureContextParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { input, file } = await readCreateRequest(request);
      const ctx = serviceContext(request, db, actor);
      return reply
        .status(201)
        .send(await recordDisclosure(ctx, request.params.kind, request.params.contextId, input, file));
    },
  );

  api.get(
    `${BASE}/pack/summary`,
    {
      config: { access: contextAccess(db, PACK_KINDS, true) },
      schema: {
        tags: ["equal treatment"],
        summary: "What the neutralisation pack of a need or process holds (for the confirmation)",
        params: PackParams,
      },
    },
    async (request) =>
      summarisePack(db, requireActor(request), request.params.kind, request.params.contextId, requestLanguage(request)),
  );

  api.get(
    `${BASE}/pack`,
    {
      config: { access: contextAccess(db, PACK_KINDS, true) },
      schema: {
        tags: ["equal treatment"],
        summary: "The neutralisation pack as a ZIP: an index (HTML, XLSX) and every file, for every bidder",
        params: PackParams,
      },
    },
    async (request, reply) => {
      const ctx = serviceContext(request, db, requireActor(request));
      const pack = await exportPack(ctx, request.params.kind, request.params.contextId);
      reply.header("content-disposition", attachmentDisposition(pack.filename));
      return reply.type("application/zip").send(pack.bytes);
    },
  );

  api.get(
    `${BASE}/:disclosureId/file`,
    {
      config: { access: contextAccess(db, DISCLOSURE_CONTEXT_KINDS, false) },
      schema: {
        tags: ["equal treatment"],
        summary: "Download a record's file (the owner side, or a company that received it)",
        params: DisclosureContextParams.extend({ disclosureId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const { kind, contextId, disclosureId } = request.params;
      const file = await readDisclosureFile(
        db,
        requireActor(request),
        kind,
        contextId,
        disclosureId,
        requestLanguage(request),
      );
      reply.header("content-disposition", attachmentDisposition(file.filename));
      reply.header("content-security-policy", "default-src 'none'; sandbox");
      return reply.type(file.contentType).send(file.bytes);
    },
  );
}
