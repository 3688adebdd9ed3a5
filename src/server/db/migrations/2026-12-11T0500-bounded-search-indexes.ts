import { sql, type Kysely } from "kysely";

/**
 * Searches whose cost does not grow with the number of matches (issue 16, ADR 0020):
 * - similar organisation names come nearest first from a GiST trigram index (`name <-> q` with LIMIT walks
 *   the index); it also answers `name % q`, so the GIN trigram index, which rechecked every row sharing a
 *   trigram (13,711 for «robot» at 100,000), goes;
 * - the words of an organisation's name and of a need's title get their own full-text indexes: a broad
 *   search takes its ranked candidates from them instead of rechecking the weight of every match.
 * Both engines: PGlite's pg_trgm has the GiST operator class.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index if not exists organisations_name_trgm_gist on organisations using gist (name gist_trgm_ops)`.execute(
    db,
  );
  await sql`drop index if exists organisations_name_trgm_idx`.execute(db);
  await sql`create index if not exists organisations_name_words_idx
    on organisations using gin (to_tsvector('danish', name))`.execute(db);
  await sql`create index if not exists needs_title_words_idx on needs using gin (to_tsvector('danish', title))`.execute(
    db,
  );
}
