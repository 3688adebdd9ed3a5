import { useTranslation } from "react-i18next";
import type { BusinessCase } from "../../../../domain/business-case/views.js";
import { Alert } from "../../../components/alert.js";

/** Shown wherever the company's figures would be, to a reader who may not see them yet. */
export function ConfidentialNotice({ businessCase }: { businessCase: BusinessCase }) {
  const { t } = useTranslation("businessCases");
  return (
    <Alert variant="info" heading={t("companySide.confidentialHeading")}>
      <p>
        {t("companySide.confidentialText", {
          company: businessCase.companyOrganisation?.name ?? "",
          public: businessCase.publicOrganisation.name,
        })}
      </p>
    </Alert>
  );
}
