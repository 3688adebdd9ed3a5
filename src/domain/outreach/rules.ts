/** A date problem in a contact, named by its field and a message key (validation.ts). */
export interface ContactDateProblem {
  field: "occurredOn" | "followUpOn";
  key: "contact_in_future" | "follow_up_before_contact";
}

/**
 * The log records contacts that took place: one dated after today is refused (a planned visit is the
 * follow-up of an earlier contact), and a follow-up cannot come before the contact it follows.
 * Dates are ISO (YYYY-MM-DD), so they compare as strings; without `today` only the order is checked.
 */
export function contactDateProblems(
  contact: { occurredOn: string; followUpOn: string | null },
  today: string | null = null,
): ContactDateProblem[] {
  const problems: ContactDateProblem[] = [];
  if (today !== null && contact.occurredOn > today) {
    problems.push({ field: "occurredOn", key: "contact_in_future" });
  }
  if (contact.followUpOn !== null && contact.followUpOn < contact.occurredOn) {
    problems.push({ field: "followUpOn", key: "follow_up_before_contact" });
  }
  return problems;
}

/** A follow-up is due from its date until it is marked done. */
export function isFollowUpDue(followUpOn: string | null, done: boolean, today: string): boolean {
  return followUpOn !== null && !done && followUpOn <= today;
}

/** Organisation kinds that count as public institutions for «institutions visited». */
export const VISITED_INSTITUTION_KINDS = ["municipality", "region", "state_institution", "public_unit"] as const;
