import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Db } from "../../db/database.js";
import { accessById, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { HttpError, requestLanguage } from "../../http/errors.js";
import { assertStorableText } from "../../http/input-guards.js";
import { attachmentDisposition, multipartError } from "../../http/uploads.js";
import { listVisibleDocuments, readDocument, uploadDocument } from "./documents.service.js";
import { loadVisibleProcess } from "./processes.service.js";

const IdParams = z.object({ id: z.uuid() });

export function processDocumentRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/processes/:id/documents",
    { schema: { tags: ["processes"], summary: "Documents the caller may see", params: IdParams } },
    async (request) => ({
      items: await listVisibleDocuments(db, requireActor(request), request.params.id),
    }),
  );

  api.post(
    "/api/processes/:id/documents",
    {
      config: { access: accessById((actor, id) => loadVisibleProcess(db, actor, id)) },
      schema: {
        tags: ["processes"],
        summary: "Upload a document (multipart «file», optional field «confidentialFor» = a company id)",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!request.isMultipart()) {
        throw new HttpError(415, "unsupported_media_type", "Send the file as multipart/form-data in the field «file»");
      }
      let confidentialFor: string | null = null;
      let upload: { filename: string; bytes: Buffer } | null = null;
      try {
        for await (const part of request.parts()) {
          if (part.type === "file") {
            upload = { filename: part.filename, bytes: await part.toBuffer() };
          } else if (part.fieldname === "confidentialFor" && typeof part.value === "string" && part.value !== "") {
            assertStorableText("confidentialFor", part.value);
            const parsed = z.uuid().safeParse(part.value);
            if (!parsed.success) {
              throw new HttpError(400, "validation", "confidentialFor: must be an organisation id", {
                confidentialFor: "Skal være et gyldigt id",
              });
            }
            confidentialFor = parsed.data;
          }
        }
      } catch (error) {
        throw multipartError(error, requestLanguage(request));
      }
      if (!upload) {
        throw new HttpError(400, "validation", "file: no file was sent", { file: "Vælg en fil" });
      }
      return reply
        .status(201)
        .send(
          await uploadDocument(serviceContext(request, db, actor), request.params.id, { ...upload, confidentialFor }),
        );
    },
  );

  api.get(
    "/api/processes/:id/documents/:documentId",
    {
      schema: {
        tags: ["processes"],
        summary: "Download a document (always as a download)",
        params: z.object({ id: z.uuid(), documentId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const row = await readDocument(db, requireActor(request), request.params.id, request.params.documentId);
      reply.header("content-disposition", attachmentDisposition(row.filename));
      reply.header("content-security-policy", "default-src 'none'; sandbox");
      return reply.type(row.content_type).send(Buffer.from(row.content));
    },
  );
}
