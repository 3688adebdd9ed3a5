import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AcceptInvitation, LanguageSetting, UserCreate, UserPatch } from "../../../domain/auth.js";
import type { Config } from "../../config.js";
import type { Db } from "../../db/database.js";
import { requireActor, setSessionCookie } from "../../http/authenticate.js";
import { openSessionForAccount } from "../auth/auth.service.js";
import { serviceContext } from "../../http/context.js";
import { HttpError } from "../../http/errors.js";
import type { Mailer } from "../mail/mail.service.js";
import { presentInvitation, presentUser } from "./users.present.js";
import { listUsers } from "./users.repo.js";
import { eraseUser } from "./erase.service.js";
import { exportPersonalData } from "./export.service.js";
import {
  setOwnLanguage,
  acceptInvitation,
  findValidInvitation,
  inviteUser,
  resendInvitation,
  updateUser,
} from "./users.service.js";

const IdParams = z.object({ id: z.uuid() });

/** A personal-data export as a JSON file download. */
function sendExport(reply: FastifyReply, data: { exportedAt: string }) {
  return reply
    .header("content-type", "application/json; charset=utf-8")
    .header("content-disposition", `attachment; filename="samspil-data-${data.exportedAt.slice(0, 10)}.json"`)
    .send(JSON.stringify(data, null, 2));
}
const TokenParams = z.object({ token: z.string().min(10).max(100) });

export function userRoutes(app: FastifyInstance, { db, mailer, config }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/users",
    { config: { roles: ["admin"] }, schema: { tags: ["users"], summary: "All users (programme managers only)" } },
    async (request) => {
      const rows = await listUsers(db);
      return {
        items: rows.map(presentUser),
      };
    },
  );

  api.post(
    "/api/users",
    {
      config: { roles: ["admin"] },
      schema: { tags: ["users"], summary: "Create a user and e-mail an invitation link", body: UserCreate },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const user = await inviteUser(serviceContext(request, db, actor), mailer, config.publicUrl, request.body);
      return reply.status(201).send(user);
    },
  );

  api.patch(
    "/api/users/:id",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["users"],
        summary: "Change a user's name, role, organisation or disable the account",
        params: IdParams,
        body: UserPatch,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (
        request.params.id === actor.id &&
        (request.body.disabled || (request.body.role && request.body.role !== "admin"))
      ) {
        throw new HttpError(400, "validation", "You cannot disable or demote yourself", {
          role: "Du kan ikke fjerne din egen administratoradgang",
        });
      }
      return updateUser(serviceContext(request, db, actor), request.params.id, request.body);
    },
  );

  api.put(
    "/api/me/language",
    {
      schema: {
        tags: ["auth"],
        summary: "Save the language you read Samspil in; your notifications and e-mails are written in it",
        body: LanguageSetting,
      },
    },
    async (request) => setOwnLanguage(serviceContext(request, db, requireActor(request)), request.body),
  );

  api.get(
    "/api/me/export",
    { schema: { tags: ["auth"], summary: "Everything Samspil holds about me, as a JSON download (GDPR Art. 15/20)" } },
    async (request, reply) => {
      const actor = requireActor(request);
      return sendExport(reply, await exportPersonalData(serviceContext(request, db, actor), actor.id));
    },
  );

  api.get(
    "/api/users/:id/export",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["users"],
        summary: "Everything held about a person, as a JSON download (GDPR Art. 15/20); audited",
        params: IdParams,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const data = await exportPersonalData(serviceContext(request, db, actor), request.params.id);
      return sendExport(reply, data);
    },
  );

  api.delete(
    "/api/users/:id",
    {
      config: { roles: ["admin"] },
      schema: {
        tags: ["users"],
        summary: "Erase a person (GDPR Art. 17): personal data deleted or pseudonymised everywhere; idempotent",
        params: IdParams,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return eraseUser(serviceContext(request, db, actor), request.params.id);
    },
  );

  api.post(
    "/api/users/:id/invitation",
    {
      config: { roles: ["admin"] },
      schema: { tags: ["users"], summary: "Send a new invitation link", params: IdParams },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await resendInvitation(serviceContext(request, db, actor), mailer, config.publicUrl, request.params.id);
      return reply.status(204).send();
    },
  );

  api.get(
    "/api/invitations/:token",
    { config: { public: true }, schema: { tags: ["users"], summary: "Check an invitation link", params: TokenParams } },
    async (request) => {
      const invitation = await findValidInvitation(db, request.params.token);
      if (!invitation || invitation.disabled_at) {
        throw new HttpError(404, "invitation_invalid", "Invitationen findes ikke / The invitation does not exist");
      }
      return presentInvitation(invitation);
    },
  );

  api.post(
    "/api/invitations/accept",
    {
      schema: {
        tags: ["users"],
        summary: "Choose a password from an invitation link",
        body: AcceptInvitation.extend({ token: z.string().min(10).max(100) }),
      },
      config: { csrfExempt: true, public: true, rateLimit: { max: 20, timeWindow: "15 minutes" } },
    },
    async (request, reply) => {
      const email = await acceptInvitation(db, request.body.token, request.body.password, request.id);
      // The link proved who they are and they chose a password: they are signed in, not sent to log in.
      const session = await openSessionForAccount(db, email, request.actor?.sessionId ?? null);
      if (session) {
        setSessionCookie(reply, config, session.token);
      }
      return { email, me: session?.me ?? null };
    },
  );
}
