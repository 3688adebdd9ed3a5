import { BusinessCaseInputs } from "../../../../domain/business-case/inputs.js";
import { BusinessCasePatch } from "../../../../domain/business-case/requests.js";
import type { BusinessCase } from "../../../../domain/business-case/views.js";
import { issuesToFields, type Language } from "../../../../domain/validation.js";
import { toCompanyCandidate, toDiscountCandidate, toPublicCandidate, type EditorForm } from "./editor-form.js";
import { parseNumberText } from "./number-text.js";

export interface DraftCheck {
  /** The autosave body when every field the reader may change is valid; null otherwise. */
  patch: BusinessCasePatch | null;
  /** The whole model for the live results once its fields are valid (the title may still be wrong). */
  inputs: BusinessCaseInputs | null;
  /** Field path → message, from the shared schema, in the reader's language. */
  errors: Record<string, string>;
}

/**
 * Checks the editor with the schemas the server uses (BusinessCasePatch for what is sent,
 * BusinessCaseInputs for what is computed), so every message is the server's. The sides the
 * reader may not change are neither sent nor checked; the last known values are used for them.
 */
export function checkDraft(form: EditorForm, current: BusinessCase, language: Language): DraftCheck {
  const { access } = current;
  const publicCandidate = toPublicCandidate(form.publicSide, language);
  const companyCandidate = form.companySide ? toCompanyCandidate(form.companySide, language) : null;
  const sendsCompany = access.canEditCompanySide && companyCandidate !== null;
  const shared = {
    horizonYears: parseNumberText(form.horizonYears, language),
    discountRate: toDiscountCandidate(form, language),
  };
  const body = {
    title: form.title,
    ...shared,
    ...(access.canEditPublicSide ? { publicSide: publicCandidate } : {}),
    ...(sendsCompany ? { companySide: companyCandidate } : {}),
  };
  const parsedBody = BusinessCasePatch.safeParse(body);
  const model = BusinessCaseInputs.safeParse({
    ...shared,
    publicSide: access.canEditPublicSide ? publicCandidate : current.inputs.publicSide,
    companySide: sendsCompany ? companyCandidate : current.inputs.companySide,
  });
  return {
    patch: parsedBody.success ? parsedBody.data : null,
    inputs: model.success ? model.data : null,
    errors: parsedBody.success ? {} : issuesToFields(parsedBody.error.issues, language),
  };
}
