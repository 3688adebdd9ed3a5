import type { Db } from "../../db/database.js";
import { deleteSessionsOfUser } from "./sessions.repo.js";

/** For other modules: signs a person out everywhere (their role, membership or access changed). */
export async function endSessionsOfUser(db: Db, userId: string): Promise<void> {
  await deleteSessionsOfUser(db, userId);
}
