import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AGREEMENT_MODELS } from "../../../domain/process/agreement-model.js";
import { accessById, requireActor } from "../../http/authenticate.js";
import { attachmentDisposition } from "../../http/uploads.js";
import type { ModuleDeps } from "../../platform/module.js";
import { generateAgreementDraft } from "./agreement-draft.service.js";
import { loadVisibleProcess } from "./processes.service.js";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function agreementDraftRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/processes/:id/agreement.docx",
    {
      // The same callers as the agreement page: everyone who takes part in the process, agents, the manager.
      config: { access: accessById((actor, id) => loadVisibleProcess(db, actor, id)) },
      schema: {
        tags: ["processes"],
        summary: "A draft OPI agreement (DOCX) from the process's agreement checklist, for the parties' lawyers",
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ model: z.enum(AGREEMENT_MODELS) }).strict(),
      },
    },
    async (request, reply) => {
      const file = await generateAgreementDraft(db, requireActor(request), request.params.id, request.query.model);
      reply.header("content-disposition", attachmentDisposition(file.filename));
      reply.header("cache-control", "private, no-store");
      return reply.type(DOCX).send(file.bytes);
    },
  );
}
