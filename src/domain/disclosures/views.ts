import type { DisclosureContextKind, DisclosureSource, PackKind } from "./schemas.js";

/** The API's answers about the equal-treatment record (src/server/modules/disclosures), shared with the browser. */
export interface DisclosureOrganisation {
  id: string;
  name: string;
}

export interface Disclosure {
  id: string;
  context: { kind: DisclosureContextKind; id: string; title: string };
  publicOrganisation: DisclosureOrganisation;
  title: string;
  description: string;
  file: { filename: string; contentType: string; sizeBytes: number } | null;
  givenAt: string;
  /** A company sees only itself here; the owner side sees every recipient. */
  recipients: DisclosureOrganisation[];
  confidential: boolean;
  source: DisclosureSource;
  recordedByName: string | null;
  recordedAt: string;
}

/** GET /api/disclosures/:kind/:contextId */
export interface DisclosureList {
  items: Disclosure[];
  /** The caller may record, and export a pack (need and process only). */
  canManage: boolean;
  /** Companies a record here may name (for the form): in a process its companies; elsewhere empty (search). */
  companies: DisclosureOrganisation[];
  /** Public organisations a record here may name as the giver; the first is the default. */
  publicOrganisations: DisclosureOrganisation[];
}

/** GET /api/disclosures/:kind/:contextId/pack/summary: what the pack will hold, for the confirmation. */
export interface PackSummary {
  kind: PackKind;
  id: string;
  title: string;
  /** Records handed to every bidder. */
  included: number;
  /** Of those, how many carry a file. */
  files: number;
  /** Records withheld as confidential (listed by title only to the owner side, never in the pack). */
  withheld: { id: string; title: string }[];
  /** The companies whose head start the pack documents as neutralised. */
  participants: DisclosureOrganisation[];
}
