import type { ServerModule } from "../../platform/module.js";
import { notificationRoutes } from "./notifications.routes.js";

export const notificationsModule: ServerModule = {
  name: "notifications",
  register(app, deps) {
    notificationRoutes(app, deps);
  },
};
