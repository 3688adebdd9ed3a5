import type { ServerModule } from "../../platform/module.js";
import { storyRoutes } from "./story.routes.js";

/** The organisation page's story, composed from each module's own part (their services, their access rules). */
export const storyModule: ServerModule = {
  name: "story",
  register(app, deps) {
    storyRoutes(app, deps);
  },
};
