import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  BusinessCaseCreate,
  BusinessCaseListQuery,
  BusinessCasePatch,
} from "../../../domain/business-case/requests.js";
import { computeBusinessCase } from "../../../domain/business-case/results.js";
import type { Db } from "../../db/database.js";
import { requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { forbidden, requestLanguage } from "../../http/errors.js";
import { presentBusinessCase } from "./business-cases.present.js";
import {
  authorizeCreate,
  createBusinessCase,
  listVisibleCases,
  loadVisibleCase,
  refuseForbiddenFields,
  updateBusinessCase,
  type VisibleCase,
} from "./business-cases.service.js";
import { exportRoutes } from "./export.routes.js";
import { setCompanySideShared } from "./sharing.service.js";
import { withholdCompanySide } from "./stored-inputs.js";
import { versionRoutes } from "./versions.routes.js";

const IdParams = z.object({ id: z.uuid() });

/**
 * The PATCH decides who may before it validates: the case is loaded (404 for no party) and the
 * sides the body touches are refused (403) from its keys alone, so a caller who may not change
 * a side learns nothing from the validation of it. Kept for the handler by request.
 */
const patchedCases = new WeakMap<FastifyRequest, VisibleCase>();

async function authorizePatch(db: Db, request: FastifyRequest): Promise<void> {
  const id = IdParams.safeParse(request.params);
  if (!id.success) {
    return;
  }
  const found = await loadVisibleCase(db, requireActor(request), id.data.id);
  const body: unknown = request.body;
  if (typeof body === "object" && body !== null && !Array.isArray(body)) {
    refuseForbiddenFields(requestLanguage(request), found.access, body as Record<string, unknown>);
  }
  patchedCases.set(request, found);
}

/** A party named in the raw body: a missing or malformed id names none (validation reports it to those allowed). */
const partyId = (value: unknown): string | null => {
  const parsed = z.uuid().safeParse(value);
  return parsed.success ? parsed.data : null;
};

/**
 * The POST, likewise: a member who names no party of their own (or a body that names none), or a side they may
 * not fill, is refused before validation; agents and the programme manager go on to validation.
 */
async function authorizeCreateRequest(db: Db, request: FastifyRequest): Promise<void> {
  const body: unknown = request.body;
  const fields =
    typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  await authorizeCreate(
    db,
    requireActor(request),
    requestLanguage(request),
    {
      publicOrganisationId: partyId(fields.publicOrganisationId),
      companyOrganisationId: partyId(fields.companyOrganisationId),
    },
    fields,
  );
}

/** Business cases: the case and its draft, results, sharing; versions and exports in their own files. */
export function businessCaseRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["business cases"];

  api.get(
    "/api/business-cases",
    {
      schema: {
        tags,
        summary: "The business cases the caller takes part in (all for agents and the programme manager)",
        querystring: BusinessCaseListQuery,
      },
    },
    async (request) => listVisibleCases(db, requireActor(request), request.query),
  );

  api.post(
    "/api/business-cases",
    {
      schema: {
        tags,
        summary: "Create a business case for a public organisation, with or without a company",
        body: BusinessCaseCreate,
      },
      preValidation: async (request) => authorizeCreateRequest(db, request),
    },
    async (request, reply) => {
      const created = await createBusinessCase(serviceContext(request, db, requireActor(request)), request.body);
      return reply.status(201).header("location", `/api/business-cases/${created.id}`).send(created);
    },
  );

  api.get(
    "/api/business-cases/:id",
    {
      schema: {
        tags,
        summary: "One business case and its draft inputs (the company side only for those who may see it)",
        params: IdParams,
      },
    },
    async (request) => {
      const found = await loadVisibleCase(db, requireActor(request), request.params.id);
      return presentBusinessCase(found.row, found.access);
    },
  );

  api.patch(
    "/api/business-cases/:id",
    {
      schema: {
        tags,
        summary: "Autosave the draft: title, horizon, discount rate, a whole side, or the linked need or process",
        params: IdParams,
        body: BusinessCasePatch,
      },
      preValidation: async (request) => authorizePatch(db, request),
    },
    async (request) => {
      const actor = requireActor(request);
      const found = patchedCases.get(request) ?? (await loadVisibleCase(db, actor, request.params.id));
      return updateBusinessCase(serviceContext(request, db, actor), found.row.id, request.body, found.access);
    },
  );

  api.get(
    "/api/business-cases/:id/results",
    {
      schema: {
        tags,
        summary:
          "Cash flows, NPV, payback, IRR, break-even, tornado and scenarios (public side only when " +
          "the company side is withheld)",
        params: IdParams,
      },
    },
    async (request) => {
      const found = await loadVisibleCase(db, requireActor(request), request.params.id);
      return computeBusinessCase(withholdCompanySide(found.inputs, found.access));
    },
  );

  for (const [path, shared] of [
    ["share-company-side", true],
    ["unshare-company-side", false],
  ] as const) {
    api.post(
      `/api/business-cases/:id/${path}`,
      {
        schema: {
          tags,
          summary: shared
            ? "The company shares its costs and prices with the public organisation (logged)"
            : "The company withdraws its side from the public organisation (logged)",
          params: IdParams,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const found = await loadVisibleCase(db, actor, request.params.id);
        if (!found.access.canShareCompanySide) {
          throw forbidden();
        }
        return setCompanySideShared(serviceContext(request, db, actor), found.row.id, shared);
      },
    );
  }
}
