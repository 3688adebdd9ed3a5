import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AGREEMENT_ITEMS } from "../../../domain/process/phases.js";
import { AgreementPatch, GateInput, TaskInput, TestPlanInput } from "../../../domain/process/schemas.js";
import type { Db } from "../../db/database.js";
import { accessById, requireActor } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import type { Notifier } from "../notifications/notifications.service.js";
import { advanceGate } from "./gates.service.js";
import { addTask, addTestPlan, sendTaskReminders, updateAgreement, updateTask } from "./process-work.service.js";
import { loadSteerableProcess, loadVisibleProcess } from "./processes.service.js";

const IdParams = z.object({ id: z.uuid() });

export function processWorkRoutes(app: FastifyInstance, { db, notifier }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const steerable = accessById((actor, id) => loadSteerableProcess(db, actor, id));
  const visible = accessById((actor, id) => loadVisibleProcess(db, actor, id));

  api.post(
    "/api/processes/:id/gates",
    {
      config: { access: steerable },
      schema: {
        tags: ["processes"],
        summary: "Decide the current gate: go, adjust or stop (stop needs lessons learned)",
        params: IdParams,
        body: GateInput,
      },
    },
    async (request) =>
      advanceGate(serviceContext(request, db, requireActor(request)), notifier, request.params.id, request.body),
  );

  api.put(
    "/api/processes/:id/agreements/:item",
    {
      config: { access: steerable },
      schema: {
        tags: ["processes"],
        summary: "Set an agreement item's status and the document that settles it",
        params: z.object({ id: z.uuid(), item: z.enum(AGREEMENT_ITEMS) }),
        body: AgreementPatch,
      },
    },
    async (request) =>
      updateAgreement(
        serviceContext(request, db, requireActor(request)),
        request.params.id,
        request.params.item,
        request.body,
      ),
  );

  api.post(
    "/api/processes/:id/tasks",
    {
      config: { access: visible },
      schema: {
        tags: ["processes"],
        summary: "Add a task, milestone or implementation-plan item",
        params: IdParams,
        body: TaskInput,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addTask(serviceContext(request, db, requireActor(request)), request.params.id, request.body)),
  );

  api.put(
    "/api/processes/:id/tasks/:taskId",
    {
      config: { access: visible },
      schema: {
        tags: ["processes"],
        summary: "Change a task (mark it done)",
        params: z.object({ id: z.uuid(), taskId: z.uuid() }),
        body: TaskInput,
      },
    },
    async (request) =>
      updateTask(
        serviceContext(request, db, requireActor(request)),
        request.params.id,
        request.params.taskId,
        request.body,
      ),
  );

  api.post(
    "/api/processes/:id/test-plans",
    {
      config: { access: visible },
      schema: { tags: ["processes"], summary: "Add a living-lab test plan", params: IdParams, body: TestPlanInput },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addTestPlan(serviceContext(request, db, requireActor(request)), request.params.id, request.body)),
  );

  api.post(
    "/api/admin/run-reminders",
    {
      config: { roles: ["admin"] },
      schema: { tags: ["processes"], summary: "Send due-task reminders now (programme manager)" },
    },
    async (request) => {
      return { reminded: await sendTaskReminders(db, notifier) };
    },
  );
}
