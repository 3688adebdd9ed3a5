import type { EmbeddedSizeNotice } from "./embedded-size.js";

/**
 * The home page a person sees after signing in: what to do next, for their role and organisation.
 * Each section is a short list of things with links; the web names a section by its key.
 */
import type { OfferState } from "../calls.js";

/** Whose home page it is: the role, and for a member the kind of organisation they work in. */
export type HomeAudience = "agent" | "manager" | "public_member" | "company_member" | "knowledge_member" | "member";

export type HomeSectionKey =
  | "followUpsDue"
  | "needsWithoutPartners"
  | "gatesDue"
  | "tasksDue"
  | "seminarsComing"
  | "ownNeeds"
  | "assessmentsOpen"
  | "ownProcesses"
  | "fittingCalls"
  | "ownOffers"
  | "openCalls";

export interface HomeItem {
  id: string;
  title: string;
  /** Where the thing is in the web app. */
  href: string;
  /** The date that matters in this section (follow-up, due date, deadline), ISO. */
  date: string | null;
  /** A short fact from the data (an organisation's name, why a call fits), not a translated text. */
  detail: string | null;
  /** Where the thing stands, as a key the web words (an offer: open, chosen, not chosen, …). */
  status?: OfferState;
}

export interface HomeSection {
  key: HomeSectionKey;
  items: HomeItem[];
  /** How many there are in all (the list shows the first few). */
  total: number;
}

export type HomeFigureKey = "followUpsDue" | "needsWithoutPartners" | "activeProcesses" | "openCalls" | "tasksDue";

/** A figure on the programme manager's summary, with the list behind it. */
export interface HomeFigure {
  key: HomeFigureKey;
  value: number;
  href: string;
}

export interface HomePage {
  audience: HomeAudience;
  organisation: { id: string; name: string } | null;
  /** The programme manager's summary (empty for others). */
  figures: HomeFigure[];
  sections: HomeSection[];
  /** The programme manager's notice that the embedded database has grown past its size; null otherwise. */
  embeddedSize: EmbeddedSizeNotice | null;
}
