/**
 * The organisation page's story (GET /api/organisations/:id/story): what the organisation has done in the
 * programme, one section per module, each as far as the reader may see. Shared with the browser.
 */
export interface StoryItem {
  id: string;
  title: string;
  /** Where the web app shows it. */
  href: string;
  /** ISO date or timestamp: when it was created, opened, held or last changed. */
  date: string | null;
  /** A status code of the item's own kind (a need's `new`, a process's `active`); the web shows its label. */
  status: string | null;
  /** One short fact: the other party, the owner, the phase. */
  detail: string | null;
  /** How many people from the organisation (a seminar's sign-ups), where the reader may know it. */
  count?: number;
}

export interface StorySection {
  items: StoryItem[];
  /** How many there are in all (the items are the newest few). */
  total: number;
  /** The reader sees only part of it (not staff, not a member of the organisation or its parent). */
  isPartial: boolean;
}

/** A section is null where it does not apply to this kind of organisation or this reader. */
export interface OrganisationStory {
  organisationId: string;
  needs: StorySection | null;
  assessments: StorySection | null;
  processes: StorySection;
  businessCases: StorySection;
  offers: StorySection;
  seminars: StorySection;
  /** A company's or knowledge institution's reverse match: needs (for staff) and open calls that fit it. */
  fittingNeeds: StorySection | null;
  fittingCalls: StorySection | null;
}
