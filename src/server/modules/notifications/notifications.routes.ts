import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Db } from "../../db/database.js";
import { requireActor } from "../../http/authenticate.js";
import { countUnread, listNotifications, markRead } from "./notifications.service.js";

export function notificationRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/notifications",
    { schema: { tags: ["notifications"], summary: "Your latest notifications and the unread count" } },
    async (request) => {
      const actor = requireActor(request);
      const [rows, unread] = await Promise.all([listNotifications(db, actor.id), countUnread(db, actor.id)]);
      return {
        unread,
        items: rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          title: row.title,
          body: row.body,
          link: row.link,
          createdAt: row.created_at.toISOString(),
          read: row.read_at !== null,
        })),
      };
    },
  );

  api.post(
    "/api/notifications/:id/read",
    {
      schema: {
        tags: ["notifications"],
        summary: "Mark one of your notifications as read",
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request) => ({ updated: await markRead(db, requireActor(request).id, request.params.id) }),
  );

  api.post(
    "/api/notifications/read-all",
    { schema: { tags: ["notifications"], summary: "Mark all your notifications as read" } },
    async (request) => ({
      updated: await markRead(db, requireActor(request).id, null),
    }),
  );
}
