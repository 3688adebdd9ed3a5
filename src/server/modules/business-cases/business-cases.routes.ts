import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { BusinessCaseCreate, BusinessCaseListQuery, BusinessCasePatch, type ModelFields } from "../../../domain/business-case/requests.js";
import { computeBusinessCase } from "../../../domain/business-case/results.js";
import type { BusinessCaseAccess } from "../../../domain/business-case/views.js";
import { translateMessage, type Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { fieldError, forbidden, HttpError } from "../../http/errors.js";
import { canCreateCase, describeAccess, findForbiddenFields } from "./business-cases.policy.js";
import { presentBusinessCase } from "./business-cases.present.js";
import { createBusinessCase, listVisibleCases, loadVisibleCase, updateBusinessCase } from "./business-cases.service.js";
import { exportRoutes } from "./export.routes.js";
import { setCompanySideShared } from "./sharing.service.js";
import { withholdCompanySide } from "./stored-inputs.js";
import { versionRoutes } from "./versions.routes.js";

const IdParams = z.object({ id: z.uuid() });

/** 403 naming each side the reader may not change (mass assignment is refused, not ignored). */
function refuseForbiddenFields(language: Language, access: BusinessCaseAccess, fields: ModelFields): void {
  const refused = findForbiddenFields(access, fields);
  if (refused.length > 0) {
    const message = translateMessage("business_case_side_forbidden", language);
    throw new HttpError(403, "forbidden_fields", `${refused.join(", ")}: ${message}`, Object.fromEntries(refused.map((field) => [field, message])));
  }
}

/** Business cases: the case and its draft, results, sharing; versions and exports in their own files. */
export function businessCaseRoutes(app: FastifyInstance, db: Db): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["business cases"];

  api.get(
    "/api/business-cases",
    { schema: { tags, summary: "The business cases the caller takes part in (all for agents and the programme manager)", querystring: BusinessCaseListQuery } },
    async (request) => listVisibleCases(db, requireActor(request), request.query),
  );

  api.post(
    "/api/business-cases",
    { schema: { tags, summary: "Create a business case for a public organisation, with or without a company", body: BusinessCaseCreate } },
    async (request, reply) => {
      const actor = requireActor(request);
      const ctx = serviceContext(request, db, actor);
      const parties = { ...request.body, companySharedAt: null };
      const access = describeAccess(actor, parties);
      if (!canCreateCase(actor, parties) || !access) {
        throw fieldError(ctx.language, 403, "publicOrganisationId", "business_case_own_organisation");
      }
      refuseForbiddenFields(ctx.language, access, request.body);
      const created = await createBusinessCase(ctx, request.body, access);
      return reply.status(201).header("location", `/api/business-cases/${created.id}`).send(created);
    },
  );

  api.get(
    "/api/business-cases/:id",
    { schema: { tags, summary: "One business case and its draft inputs (the company side only for those who may see it)", params: IdParams } },
    async (request) => {
      const found = await loadVisibleCase(db, requireActor(request), request.params.id);
      return presentBusinessCase(found.row, found.access);
    },
  );

  api.patch(
    "/api/business-cases/:id",
    { schema: { tags, summary: "Autosave the draft: title, horizon, discount rate, or a whole side", params: IdParams, body: BusinessCasePatch } },
    async (request) => {
      const actor = requireActor(request);
      const ctx = serviceContext(request, db, actor);
      const found = await loadVisibleCase(db, actor, request.params.id);
      refuseForbiddenFields(ctx.language, found.access, request.body);
      return updateBusinessCase(ctx, found.row.id, request.body, found.access);
    },
  );

  api.get(
    "/api/business-cases/:id/results",
    { schema: { tags, summary: "Cash flows, NPV, payback, IRR, break-even, tornado and scenarios (public side only when the company side is withheld)", params: IdParams } },
    async (request) => {
      const found = await loadVisibleCase(db, requireActor(request), request.params.id);
      return computeBusinessCase(withholdCompanySide(found.inputs, found.access));
    },
  );

  for (const [path, shared] of [["share-company-side", true], ["unshare-company-side", false]] as const) {
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

  versionRoutes(app, db);
  exportRoutes(app, db);
}
