import { sql, type Kysely } from "kysely";

/** The language a person reads Samspil in: their notifications and e-mails are written in it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column language text not null default 'da' check (language in ('da', 'en'))`.execute(
    db,
  );
}
