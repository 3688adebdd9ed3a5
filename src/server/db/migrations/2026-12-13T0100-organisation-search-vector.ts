import { sql, type Kysely } from "kysely";

/**
 * An organisation's search document as one function (issue 16: the import's write phase), so that a new row gets
 * its document in its own INSERT. Before, an import batch inserted its rows with an empty document and then
 * UPDATEd every row: the derived tables' triggers (organisation_terms, organisation_name_keys) wrote each row's
 * name keys twice and ran their update path, whose delete read organisation_terms whole per batch — ~70 % of the
 * database time of an import, growing with the table. The same expression as refreshSearchVectors had, with the
 * competences and industry titles in a stated order (before: the plan's order, in practice the same), so an
 * organisation's document, terms and name keys are what they were.
 * Parameters: name (A), competence ids (their Danish and English names, B), description (C), industry codes
 * (their titles) and address (D), the compound parts of name and description (D).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function organisation_search_vector(
      org_name text, competence_ids uuid[], org_description text, industry_codes text[], org_address text,
      org_extra text) returns tsvector
    language sql stable as $$
      select setweight(to_tsvector('danish', coalesce(org_name, '')), 'A') ||
        setweight(to_tsvector('danish', coalesce((
          select string_agg(c.name_da || ' ' || c.name_en, ' ' order by c.id)
          from competences c where c.id = any(competence_ids)), '')), 'B') ||
        setweight(to_tsvector('danish', coalesce(org_description, '')), 'C') ||
        setweight(to_tsvector('danish', coalesce((
          select string_agg(d.title, ' ' order by d.code) from db07_codes d where d.code = any(industry_codes)), '')
          || ' ' || coalesce(org_address, '')), 'D') ||
        setweight(to_tsvector('danish', coalesce(org_extra, '')), 'D')
    $$`.execute(db);
}
