import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Role } from "../../../domain/auth.js";
import { SignupBody, SignupConfirm, SignupQuery, SignupRejection } from "../../../domain/signup.js";
import { requireActor, setSessionCookie } from "../../http/authenticate.js";
import { serviceContext } from "../../http/context.js";
import { requestLanguage } from "../../http/errors.js";
import type { ModuleDeps } from "../../platform/module.js";
import { openSessionForAccount } from "../auth/auth.service.js";
import { confirmSignup, decideSignup, describeOwnSignup, listSignupRequests, requestSignup } from "./signup.service.js";

const IdParams = z.object({ id: z.uuid() });
const tags = ["signup"];
/** As the invitation link: a public form that hashes a password is limited per address. */
const publicLimit = { public: true, csrfExempt: true, rateLimit: { max: 20, timeWindow: "15 minutes" } } as const;
const staff: { roles: Role[] } = { roles: ["admin", "agent"] };

/** Self-registration of companies and knowledge institutions, and the staff's approval of it (ADR 0018). */
export function signupRoutes(app: FastifyInstance, { db, mailer, config }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    "/api/signup",
    {
      config: publicLimit,
      schema: {
        tags,
        summary: "Sign up for a company or knowledge institution; a confirmation link is e-mailed",
        body: SignupBody,
      },
    },
    async (request, reply) => {
      await requestSignup(
        db,
        { mailer, publicUrl: config.publicUrl, language: requestLanguage(request), requestId: request.id },
        request.body,
      );
      return reply.status(202).send({ email: request.body.email });
    },
  );

  api.post(
    "/api/signup/confirm",
    {
      config: publicLimit,
      schema: {
        tags,
        summary: "Confirm the e-mail by the link's token: the account is created and signed in, awaiting approval",
        body: SignupConfirm,
      },
    },
    async (request, reply) => {
      const { email } = await confirmSignup(db, request.body.token, {
        language: requestLanguage(request),
        requestId: request.id,
      });
      const session = await openSessionForAccount(db, email, request.actor?.sessionId ?? null);
      if (session) {
        setSessionCookie(reply, config, session.token);
      }
      return { email, me: session?.me ?? null };
    },
  );

  api.get(
    "/api/signup/mine",
    { schema: { tags, summary: "My own sign-up request and its state (null when I was invited)" } },
    async (request) => ({ request: await describeOwnSignup(db, requireActor(request)) }),
  );

  api.get(
    "/api/signup-requests",
    {
      config: staff,
      schema: {
        tags,
        summary: "Sign-up requests waiting for approval, or the latest decided",
        querystring: SignupQuery,
      },
    },
    async (request) => ({ items: await listSignupRequests(db, request.query.status) }),
  );

  api.post(
    "/api/signup-requests/:id/approve",
    {
      config: staff,
      schema: { tags, summary: "Approve the person's link to the organisation; the person is told", params: IdParams },
    },
    async (request, reply) => {
      const ctx = serviceContext(request, db, requireActor(request));
      await decideSignup(ctx, mailer, config.publicUrl, request.params.id, { approve: true });
      return reply.status(204).send();
    },
  );

  api.post(
    "/api/signup-requests/:id/reject",
    {
      config: staff,
      schema: {
        tags,
        summary: "Reject the person's link to the organisation, with a reason; the person is told",
        params: IdParams,
        body: SignupRejection,
      },
    },
    async (request, reply) => {
      const ctx = serviceContext(request, db, requireActor(request));
      await decideSignup(ctx, mailer, config.publicUrl, request.params.id, {
        approve: false,
        reason: request.body.reason,
      });
      return reply.status(204).send();
    },
  );
}
