import { z } from "zod";
import { requiredText } from "./text-schemas.js";

export const CompetenceCreate = z
  .object({
    nameDa: requiredText(100),
    nameEn: requiredText(100),
  })
  .strict();
export type CompetenceCreate = z.infer<typeof CompetenceCreate>;

export const CompetencePatch = CompetenceCreate.partial().strict();
export type CompetencePatch = z.infer<typeof CompetencePatch>;

export interface Competence {
  id: string;
  slug: string;
  nameDa: string;
  nameEn: string;
  organisationCount: number;
}

/** "Forflytning og løft" → "forflytning-og-loft": a stable key for imports and links. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
