import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { BusinessCase } from "../../../../domain/business-case/views.js";
import { LinkedRecord } from "./linked-record.js";

/** Who the case is between, and what it belongs to. */
export function CaseFacts({ businessCase }: { businessCase: BusinessCase }) {
  const { t } = useTranslation("businessCases");
  const { publicOrganisation, companyOrganisation, needId, processId } = businessCase;
  return (
    <dl className="bc-case-facts">
      <div>
        <dt>{t("editor.publicOrganisation")}</dt>
        <dd>
          <Link to={`/organisationer/${publicOrganisation.id}`}>{publicOrganisation.name}</Link>
        </dd>
      </div>
      <div>
        <dt>{t("editor.company")}</dt>
        <dd>
          {companyOrganisation ? (
            <Link to={`/organisationer/${companyOrganisation.id}`}>{companyOrganisation.name}</Link>
          ) : (
            t("editor.none")
          )}
        </dd>
      </div>
      {needId ? (
        <div>
          <dt>{t("editor.need")}</dt>
          <dd>
            <LinkedRecord apiPath={`/api/needs/${needId}`} to={`/behov/${needId}`} fallback={t("editor.linked")} />
          </dd>
        </div>
      ) : null}
      {processId ? (
        <div>
          <dt>{t("editor.process")}</dt>
          <dd>
            <LinkedRecord
              apiPath={`/api/processes/${processId}`}
              to={`/forloeb/${processId}`}
              fallback={t("editor.linked")}
            />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
