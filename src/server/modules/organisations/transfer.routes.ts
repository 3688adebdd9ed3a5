import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { OrganisationQuery } from "../../../domain/organisation.js";
import type { Db } from "../../db/database.js";
import { allowIf, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { forbidden, HttpError, notFound } from "../../http/errors.js";
import { readSingleFile } from "../../http/uploads.js";
import { canCreateOrganisation, canViewOrganisations } from "./organisations.policy.js";
import { presentImportJob } from "./organisations.present.js";
import { parseSheet } from "./transfer.parse.js";
import { exportCsv, exportXlsx, findImportJob, startImport } from "./transfer.service.js";

const ExportQuery = OrganisationQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(["xlsx", "csv"]).default("xlsx"),
});

/** A 100,000-row CSV is about 20 MB: above the app's upload limit for attachments. */
const IMPORT_UPLOAD_BYTES = 64 * 1024 * 1024;

async function readUpload(request: FastifyRequest) {
  const file = await readSingleFile(request, IMPORT_UPLOAD_BYTES);
  if (file.bytes.length === 0) {
    throw new HttpError(400, "validation", "file: the file is empty", { file: "Filen er tom" });
  }
  return parseSheet(file.bytes, file.filename);
}

export function organisationTransferRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    "/api/organisations/import/preview",
    {
      config: { access: allowIf(canCreateOrganisation) },
      schema: {
        tags: ["organisations"],
        summary:
          "Check a CSV or XLSX file: answers 202 with a job once the file is parsed; the job's `preview` says " +
          "what each row would do, and each row's errors. Writes nothing.",
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const rows = await readUpload(request);
      const job = startImport(serviceContext(request, db, actor), rows, "preview");
      return reply.status(202).header("location", `/api/organisations/import/${job.id}`).send(presentImportJob(job));
    },
  );

  api.post(
    "/api/organisations/import",
    {
      config: { access: allowIf(canCreateOrganisation) },
      schema: {
        tags: ["organisations"],
        summary:
          "Import a CSV or XLSX file: answers 202 with a job once the file is parsed; the rows are checked, then " +
          "valid rows are applied in one transaction (all or none); rows with errors are skipped and reported",
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const rows = await readUpload(request);
      const job = startImport(serviceContext(request, db, actor), rows, "import");
      return reply.status(202).header("location", `/api/organisations/import/${job.id}`).send(presentImportJob(job));
    },
  );

  api.get(
    "/api/organisations/import/:jobId",
    {
      // Never shed: it reads memory only, and the import page stops following a job whose poll fails.
      config: { pressureHandler: () => undefined },
      schema: {
        tags: ["organisations"],
        summary: "Progress of a file's check or import",
        params: z.object({ jobId: z.uuid() }),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const job = findImportJob(request.params.jobId);
      if (!job || (job.ownerId !== actor.id && actor.role !== "admin")) {
        throw notFound("import");
      }
      return presentImportJob(job);
    },
  );

  api.get(
    "/api/organisations/export",
    {
      schema: {
        tags: ["organisations"],
        summary: "The filtered list as XLSX or CSV (no contact persons)",
        querystring: ExportQuery,
      },
    },
    async (request, reply) => {
      if (!canViewOrganisations(requireActor(request))) {
        throw forbidden();
      }
      const { format, ...query } = request.query;
      const stamp = new Date().toISOString().slice(0, 10);
      reply.header("content-disposition", `attachment; filename="organisationer-${stamp}.${format}"`);
      if (format === "csv") {
        return reply.type("text/csv; charset=utf-8").send(await exportCsv(db, query));
      }
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .send(await exportXlsx(db, query));
    },
  );
}
