import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Need } from "../../../../domain/needs.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { formatDateTime, formatNumber } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { dimensionLabel, priorityLabel, sourceLabel, statusLabel } from "../labels.js";
import { FactTable, type Fact } from "../../../components/fact-table.js";

/** The need itself: description, facts, potential and the competences it asks for. */
export function NeedOverview({ need }: { need: Need }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const language = currentLanguage();
  const none = <span className="text-muted">{tc("common.notGiven")}</span>;
  const facts: Fact[] = [
    [t("detail.owner"), <Link to={`/organisationer/${need.ownerOrganisationId}`}>{need.ownerName}</Link>],
    ...(need.coOwners.length > 0
      ? [
          [
            t("detail.coOwners"),
            <ul className="nobullet-list">
              {need.coOwners.map((item) => (
                <li key={item.id}>
                  <Link to={`/organisationer/${item.id}`}>{item.name}</Link>
                </li>
              ))}
            </ul>,
          ] satisfies Fact,
        ]
      : []),
    [t("detail.careArea"), careAreaLabel(tc, need.careArea)],
    [t("detail.dimension"), need.dimension ? dimensionLabel(t, need.dimension) : none],
    [t("detail.priority"), priorityLabel(t, need.priority)],
    [t("detail.status"), statusLabel(t, need.status)],
    [t("detail.source"), sourceLabel(t, need.source)],
    [t("detail.affected"), need.affected || none],
  ];
  const potential: Fact[] = [
    [
      t("detail.staffHours"),
      need.staffHoursPerYear === null
        ? none
        : t("detail.hours", { hours: formatNumber(need.staffHoursPerYear, language) }),
    ],
    [t("detail.citizens"), need.citizensAffected === null ? none : formatNumber(need.citizensAffected, language)],
    [
      t("detail.budget"),
      need.budgetDkk === null ? none : t("detail.budgetValue", { amount: formatNumber(need.budgetDkk, language) }),
    ],
    [t("detail.quality"), need.qualityPotential ? <span className="pre-line">{need.qualityPotential}</span> : none],
  ];
  return (
    <>
      <h2 className="h3 mt-0">{t("detail.description")}</h2>
      <p className="needs-description">{need.description}</p>
      <h2 className="h3">{t("detail.factsCaption")}</h2>
      <FactTable facts={facts} className="needs-facts" />
      <h2 className="h3">{t("detail.potentialHeading")}</h2>
      <FactTable facts={potential} className="needs-facts" />
      <h2 className="h3">{t("detail.competences")}</h2>
      {need.competences.length > 0 ? (
        <ul className="tag-list">
          {need.competences.map((competence) => (
            <li key={competence.id}>
              <span className="tag">{language === "da" ? competence.nameDa : competence.nameEn}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{t("detail.noCompetences")}</p>
      )}
      <p className="form-hint mt-6">
        {t("detail.timestamps", {
          created: formatDateTime(need.createdAt, language),
          updated: formatDateTime(need.updatedAt, language),
        })}
      </p>
    </>
  );
}
