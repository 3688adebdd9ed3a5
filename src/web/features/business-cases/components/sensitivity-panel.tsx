import { useTranslation } from "react-i18next";
import type { BusinessCaseInputs } from "../../../../domain/business-case/inputs.js";
import type { BusinessCaseResults } from "../../../../domain/business-case/results.js";
import type { BusinessCase } from "../../../../domain/business-case/views.js";
import { ConfidentialNotice } from "./confidential-notice.js";
import { OwnScenariosSection } from "./own-scenarios-section.js";
import { ScenariosTable } from "./scenarios-table.js";
import { TornadoSection } from "./tornado-section.js";

/** The tornado for each side the reader may see, and the three scenarios. */
export function SensitivityPanel({
  businessCase,
  inputs,
  results,
}: {
  businessCase: BusinessCase;
  inputs: BusinessCaseInputs;
  results: BusinessCaseResults;
}) {
  const { t } = useTranslation("businessCases");
  return (
    <>
      <h2 className="h3">{t("tornado.heading")}</h2>
      <p>{t("tornado.intro")}</p>
      {businessCase.companySideWithheld ? <ConfidentialNotice businessCase={businessCase} /> : null}
      <TornadoSection id="tornado-public" heading={t("tornado.publicHeading")} tornado={results.tornado.public} />
      {results.tornado.company ? (
        <TornadoSection id="tornado-company" heading={t("tornado.companyHeading")} tornado={results.tornado.company} />
      ) : null}
      <ScenariosTable results={results} />
      <OwnScenariosSection businessCase={businessCase} inputs={inputs} />
    </>
  );
}
