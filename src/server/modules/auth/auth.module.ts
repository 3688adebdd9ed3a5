import type { ServerModule } from "../../platform/module.js";
import { authRoutes } from "./auth.routes.js";
import { deleteExpiredSessions } from "./sessions.repo.js";

export const authModule: ServerModule = {
  name: "auth",
  register(app, deps) {
    authRoutes(app, deps);
  },
  jobs: [
    {
      name: "session-sweep",
      everyMs: 10 * 60 * 1000,
      run: async ({ db }) => {
        await deleteExpiredSessions(db);
        return undefined;
      },
    },
  ],
};
