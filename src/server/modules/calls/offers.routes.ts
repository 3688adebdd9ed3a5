import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import Papa from "papaparse";
import { z } from "zod";
import { OfferInput } from "../../../domain/calls.js";
import type { Db } from "../../db/database.js";
import { accessById, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { forbidden } from "../../http/errors.js";
import { attachmentDisposition, readSingleFile } from "../../http/uploads.js";
import { addAttachment, listVisibleAttachments, loadOwnOffer, readAttachment } from "./attachments.service.js";
import { canManageCall } from "./calls.policy.js";
import {
  getOffer,
  listVisibleOffers,
  loadCall,
  loadOfferingCompany,
  ownershipOf,
  submitOffer,
} from "./calls.service.js";

const IdParams = z.object({ id: z.uuid() });
const AttachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });

export function offerRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    "/api/calls/:id/offers",
    {
      config: {
        access: async (_request, actor) => {
          await loadOfferingCompany(db, actor);
        },
      },
      schema: {
        tags: ["offers"],
        summary: "Answer a call with an offer (members of a company or a knowledge institution; until the deadline)",
        params: IdParams,
        body: OfferInput,
      },
    },
    async (request, reply) => {
      const result = await submitOffer(
        serviceContext(request, db, requireActor(request)),
        request.params.id,
        request.body,
      );
      return reply.status(result.created ? 201 : 200).send(result.offer);
    },
  );

  api.get(
    "/api/calls/:id/offers",
    {
      schema: {
        tags: ["offers"],
        summary: "Offers on a call: all for the institution, agents and manager; only its own for a bidder",
        params: IdParams,
        querystring: z.object({ q: z.string().trim().max(200).optional() }).strict(),
      },
    },
    async (request) => {
      const items = await listVisibleOffers(db, requireActor(request), request.params.id, request.query.q || undefined);
      return { items, total: items.length };
    },
  );

  api.get(
    "/api/calls/:id/offers/export",
    {
      schema: {
        tags: ["offers"],
        summary: "All offers on a call as CSV (the institution, agents and manager)",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const call = await loadCall(db, request.params.id);
      if (!canManageCall(actor, ownershipOf(call))) {
        throw forbidden();
      }
      const offers = await listVisibleOffers(db, actor, request.params.id);
      const csv = Papa.unparse(
        {
          fields: ["Virksomhed", "Afgivet", "Prisindikation", "Løsning", "Bilag"],
          data: offers.map((offer) =>
            [
              offer.companyName,
              offer.submittedAt,
              offer.priceIndication,
              offer.solutionText,
              String(offer.attachmentCount),
            ].map((cell) => (/^[=+\-@]/.test(cell) ? `'${cell}` : cell)),
          ),
        },
        { delimiter: ";" },
      );
      reply.header("content-disposition", attachmentDisposition(`tilbud-${request.params.id}.csv`));
      return reply.type("text/csv; charset=utf-8").send(`\uFEFF${csv}`);
    },
  );

  api.get(
    "/api/offers/:id",
    { schema: { tags: ["offers"], summary: "One offer (404 for anyone who may not see it)", params: IdParams } },
    async (request) => getOffer(db, requireActor(request), request.params.id),
  );

  api.get(
    "/api/offers/:id/attachments",
    { schema: { tags: ["offers"], summary: "Attachments of an offer", params: IdParams } },
    async (request) => ({ items: await listVisibleAttachments(db, requireActor(request), request.params.id) }),
  );

  api.post(
    "/api/offers/:id/attachments",
    {
      config: { access: accessById((actor, id) => loadOwnOffer(db, actor, id)) },
      schema: {
        tags: ["offers"],
        summary: "Attach a file to your own offer (multipart field «file», at most 10 MB)",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await readSingleFile(request);
      return reply.status(201).send(await addAttachment(serviceContext(request, db, actor), request.params.id, file));
    },
  );

  api.get(
    "/api/offers/:id/attachments/:attachmentId",
    {
      schema: {
        tags: ["offers"],
        summary: "Download an attachment (always as a download, never shown inline)",
        params: AttachmentParams,
      },
    },
    async (request, reply) => {
      const row = await readAttachment(db, requireActor(request), request.params.id, request.params.attachmentId);
      reply.header("content-disposition", attachmentDisposition(row.filename));
      reply.header("x-content-type-options", "nosniff");
      reply.header("content-security-policy", "default-src 'none'; sandbox");
      return reply.type(row.content_type).send(Buffer.from(row.content));
    },
  );
}
