import { DEFAULT_LINK_DAYS, RespondentInvite } from "../../../../domain/assessment/index.js";
import { translateMessage, type Language } from "../../../../domain/validation.js";
import { checkWith, type Checked } from "../../../forms/form-check.js";

export interface InviteFormState {
  audience: string;
  name: string;
  email: string;
  language: Language;
  expiresInDays: string;
}

export const emptyInvite = (language: Language): InviteFormState => ({
  audience: "",
  name: "",
  email: "",
  language,
  expiresInDays: String(DEFAULT_LINK_DAYS),
});

/** The invitation, checked with the server's schema; the days are typed as text and must be a whole number. */
export function validateInvite(state: InviteFormState, language: Language): Checked<RespondentInvite> {
  const days = state.expiresInDays.trim();
  const checked = checkWith(
    RespondentInvite,
    {
      audience: state.audience === "" ? undefined : state.audience,
      name: state.name,
      email: state.email.trim(),
      language: state.language,
      expiresInDays: days === "" ? undefined : Number(days.replace(",", ".")),
    },
    language,
    { audience: state.audience === "" },
  );
  if (!checked.ok && checked.errors.expiresInDays && !/^\d+$/.test(days)) {
    return { ok: false, errors: { ...checked.errors, expiresInDays: translateMessage("whole_number", language) } };
  }
  return checked;
}
