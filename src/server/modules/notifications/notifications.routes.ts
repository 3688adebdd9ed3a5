import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Db } from "../../db/database.js";
import { requireActor } from "../../http/authenticate.js";
import type { NotificationList } from "../../../domain/notification-views.js";
import { presentNotification } from "./notifications.present.js";
import { countUnread, listNotifications, markRead } from "./notifications.service.js";

export function notificationRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    "/api/notifications",
    { schema: { tags: ["notifications"], summary: "Your latest notifications and the unread count" } },
    async (request): Promise<NotificationList> => {
      const actor = requireActor(request);
      const [rows, unread] = await Promise.all([listNotifications(db, actor.id), countUnread(db, actor.id)]);
      return {
        unread,
        items: rows.map(presentNotification),
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
