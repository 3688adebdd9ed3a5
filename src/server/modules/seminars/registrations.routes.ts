import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { RegistrationInput } from "../../../domain/seminars/schemas.js";
import { requestLanguage } from "../../http/errors.js";
import type { ModuleDeps } from "../../platform/module.js";
import { declineInvitation, describeInvitation } from "./invitations.service.js";
import {
  acceptOffer,
  cancelRegistration,
  confirmRegistration,
  describePersonalRegistration,
  registerForSeminar,
} from "./registrations.service.js";

const IdParams = z.object({ id: z.uuid() });
const TokenParams = z.object({ token: z.string().min(20).max(100) });
/** Open without login, so limited per address like the other public forms. */
const limited = { public: true, rateLimit: { max: 300, timeWindow: "5 minutes" } };

export function registrationRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  api.post(
    "/api/seminars/:id/registrations",
    {
      config: limited,
      schema: {
        tags: ["seminars"],
        summary: "Register (anonymous: name, e-mail, side; signed in: one click) → registered or wait-listed",
        params: IdParams,
        body: RegistrationInput,
      },
    },
    async (request, reply) => {
      const result = await registerForSeminar(
        deps,
        { actor: request.actor, language: requestLanguage(request), requestId: request.id },
        request.params.id,
        request.body,
        deps.clock.now(),
      );
      return reply.status(result.alreadyRegistered ? 200 : 201).send(result);
    },
  );

  api.get(
    "/api/seminar-registrations/:token",
    {
      config: limited,
      schema: { tags: ["seminars"], summary: "The personal link: status and wait-list number", params: TokenParams },
    },
    async (request) => describePersonalRegistration(db, request.params.token),
  );

  api.post(
    "/api/seminar-registrations/:token/confirm",
    {
      config: limited,
      schema: { tags: ["seminars"], summary: "Confirm the e-mail address (once)", params: TokenParams },
    },
    async (request) => confirmRegistration(deps, requestLanguage(request), request.params.token, deps.clock.now()),
  );

  api.post(
    "/api/seminar-registrations/:token/cancel",
    {
      config: limited,
      schema: { tags: ["seminars"], summary: "Cancel in one click; a freed place is offered on", params: TokenParams },
    },
    async (request) => cancelRegistration(deps, requestLanguage(request), request.params.token, deps.clock.now()),
  );

  api.post(
    "/api/seminar-registrations/:token/accept",
    {
      config: limited,
      schema: { tags: ["seminars"], summary: "Accept an offered place within the claim window", params: TokenParams },
    },
    async (request) => acceptOffer(deps, requestLanguage(request), request.params.token, deps.clock.now()),
  );

  api.get(
    "/api/seminar-invitations/:token",
    {
      config: limited,
      schema: {
        tags: ["seminars"],
        summary: "An invitation: what the registration form prefills",
        params: TokenParams,
      },
    },
    async (request) => describeInvitation(db, request.params.token),
  );

  api.post(
    "/api/seminar-invitations/:token/decline",
    {
      config: limited,
      schema: { tags: ["seminars"], summary: "Decline an invitation", params: TokenParams },
    },
    async (request) => declineInvitation(db, request.params.token),
  );
}
