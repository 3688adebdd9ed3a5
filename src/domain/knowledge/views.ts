import type { AdoptionLevel, EditorialState, EntryFacts, EntryKind } from "./entries.js";

/** The API's answers for the knowledge base (src/server/modules/knowledge), shared with the browser. */

export interface KnowledgeRef {
  id: string;
  kind: EntryKind;
  title: string;
}

export interface KnowledgeSummary {
  id: string;
  kind: EntryKind;
  state: EditorialState;
  title: string;
  titleEn: string;
  summary: string;
  summaryEn: string;
  /** The reader's view of the facts (a company's unreleased figures removed). */
  facts: EntryFacts;
  publishedAt: string | null;
  updatedAt: string;
  /** How many of the 98 municipalities have adopted the case's solution (any level). */
  adoptedByMunicipalities: number;
}

export interface KnowledgeApproval {
  organisationId: string;
  organisationName: string;
  approved: boolean;
  approvedAt: string | null;
  approvedBy: string | null;
  recordedByAgent: boolean;
  sharesConfidential: boolean;
}

export interface KnowledgeVersion {
  version: number;
  comment: string;
  author: string | null;
  createdAt: string;
}

export interface KnowledgeFile {
  id: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
}

export interface KnowledgeAdoption {
  areaCode: string;
  areaName: string;
  areaKind: "municipality" | "region";
  regionCode: string;
  level: AdoptionLevel;
  note: string;
  recordedAt: string;
}

export interface KnowledgeSpread {
  municipalities: number;
  /** Always 98: the count is «taget i brug af N af 98 kommuner». */
  ofMunicipalities: number;
  byRegion: { regionCode: string; regionName: string; considering: number; piloting: number; implemented: number }[];
}

export interface KnowledgeEntry extends KnowledgeSummary {
  version: number;
  processId: string | null;
  /** Methods and tools this case used; for a method or tool: the cases that used it (computed). */
  uses: KnowledgeRef[];
  usedBy: KnowledgeRef[];
  /** For a tool: the processes that used it (those the reader may see), by title. */
  usedInProcesses: { id: string; title: string }[];
  files: KnowledgeFile[];
  adoptions: KnowledgeAdoption[];
  spread: KnowledgeSpread;
  /** Only for staff and the case's organisations; empty for everyone else. */
  approvals: KnowledgeApproval[];
  versions: KnowledgeVersion[];
  /** What stands between the entry and publication (for editors; empty for readers). */
  blockers: { field: string; items: string[] }[];
  canEdit: boolean;
  /** The organisations the reader may approve for. */
  canApproveFor: string[];
}

export interface KnowledgePage {
  items: KnowledgeSummary[];
  total: number;
}
