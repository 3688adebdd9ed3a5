import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { BusinessCaseResults } from "../../../../domain/business-case/results.js";
import type { BusinessCase } from "../../../../domain/business-case/views.js";
import type { FormBinding } from "../model/form-binding.js";
import { CommonFieldset } from "./common-fieldset.js";
import { CompanySideFieldset } from "./company-side-fieldset.js";
import { ConfidentialNotice } from "./confidential-notice.js";
import { DraftProblems } from "./draft-problems.js";
import { KeyFigures } from "./key-figures.js";
import { PublicSideFieldset } from "./public-side-fieldset.js";

/** The inputs, grouped per side, with the key figures beside them. */
export function InputsPanel({
  businessCase,
  binding,
  results,
  isStale,
  saveStatus,
}: {
  businessCase: BusinessCase;
  binding: FormBinding;
  results: BusinessCaseResults;
  isStale: boolean;
  saveStatus: ReactNode;
}) {
  const { t } = useTranslation("businessCases");
  const { access } = businessCase;
  const companySide = binding.form.companySide;
  return (
    <div className="bc-inputs-layout">
      <div className="bc-inputs-form">
        <h2 className="sr-only">{t("editor.tabs.inputs")}</h2>
        <p className="form-hint">{t("save.autosaveNote")}</p>
        <DraftProblems errors={binding.errors} />
        <form noValidate onSubmit={(event) => event.preventDefault()} aria-label={t("editor.tabs.inputs")}>
          <CommonFieldset binding={binding} />
          <PublicSideFieldset
            binding={binding}
            readOnly={!access.canEditPublicSide}
            publicName={businessCase.publicOrganisation.name}
          />
          {businessCase.companySideWithheld ? (
            <div className="bc-fieldset">
              <ConfidentialNotice businessCase={businessCase} />
            </div>
          ) : companySide && businessCase.companyOrganisation ? (
            <CompanySideFieldset
              binding={binding}
              side={companySide}
              readOnly={!access.canEditCompanySide}
              companyName={businessCase.companyOrganisation.name}
            />
          ) : (
            <p className="bc-fieldset">{t("companySide.noCompany")}</p>
          )}
        </form>
      </div>
      <KeyFigures
        results={results}
        qualityCount={binding.form.publicSide.qualityEffects.length}
        isStale={isStale}
        isWithheld={businessCase.companySideWithheld}
        saveStatus={saveStatus}
      />
    </div>
  );
}
