import { DEFAULT_LINK_DAYS, RespondentInvite } from "../../../../domain/assessment/index.js";
import { issuesToFields, translateMessage, type Language } from "../../../../domain/validation.js";

export interface InviteFormState {
  audience: string;
  name: string;
  email: string;
  language: Language;
  expiresInDays: string;
}

export const emptyInvite = (language: Language): InviteFormState => ({ audience: "", name: "", email: "", language, expiresInDays: String(DEFAULT_LINK_DAYS) });

export type InviteValidation = { ok: true; body: RespondentInvite } | { ok: false; errors: Record<string, string> };

/** The invitation, checked with the server's schema; the days are typed as text and must be a whole number. */
export function validateInvite(state: InviteFormState, language: Language): InviteValidation {
  const days = state.expiresInDays.trim();
  const parsed = RespondentInvite.safeParse({
    audience: state.audience === "" ? undefined : state.audience,
    name: state.name,
    email: state.email.trim(),
    language: state.language,
    expiresInDays: days === "" ? undefined : Number(days.replace(",", ".")),
  });
  if (parsed.success) {
    return { ok: true, body: parsed.data };
  }
  const errors = issuesToFields(parsed.error.issues, language);
  if (errors.expiresInDays && !/^\d+$/.test(days)) {
    errors.expiresInDays = translateMessage("whole_number", language);
  }
  if (errors.audience && state.audience === "") {
    errors.audience = translateMessage("required", language);
  }
  return { ok: false, errors };
}
