import type { FastifyBaseLogger, FastifyRequest } from "fastify";
import type { Language } from "../../domain/validation.js";
import type { Db } from "../db/database.js";
import type { Actor } from "../platform/actor.js";
import { requestLanguage } from "./errors.js";

/** What a service needs to know about the request it serves. */
export interface ServiceContext {
  db: Db;
  actor: Actor;
  requestId: string;
  language: Language;
  log: FastifyBaseLogger;
}

export function serviceContext(request: FastifyRequest, db: Db, actor: Actor): ServiceContext {
  return { db, actor, requestId: request.id, language: requestLanguage(request), log: request.log };
}
