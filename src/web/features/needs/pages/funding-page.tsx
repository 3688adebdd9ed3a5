import { useState } from "react";
import { Link, useLocation } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { deadlineState, type FundingProgramme } from "../../../../domain/funding.js";
import type { ItemList } from "../../../../domain/list-views.js";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { isStaff } from "../../../auth/permissions.js";
import { Alert } from "../../../components/alert.js";
import { ErrorState } from "../../../components/error-state.js";
import { Icon } from "../../../components/icon.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { localDateFromNow } from "../call-deadline.js";
import { ProgrammeCard } from "../components/programme-card.js";

/** The funding catalogue; agents and the programme manager keep it up to date. */
export function FundingPage() {
  const { t } = useTranslation("needs");
  const me = useMe();
  const location = useLocation();
  const programmes = useApi<ItemList<FundingProgramme>>("/api/funding-programmes");
  const arrivedWith = (location.state as { notice?: "created" | "saved" } | null)?.notice;
  const [notice] = useState(
    arrivedWith ? (arrivedWith === "created" ? t("catalogue.createdNotice") : t("catalogue.savedNotice")) : null,
  );
  const today = localDateFromNow(0);
  const isExpired = (programme: FundingProgramme) => deadlineState(programme, today) === "expired";

  const items = programmes.data
    ? [...programmes.data.items].sort(
        (a, b) => Number(isExpired(a)) - Number(isExpired(b)) || a.name.localeCompare(b.name, "da"),
      )
    : undefined;
  const staff = isStaff(me);

  return (
    <>
      <PageHeading title={t("catalogue.title")} />
      <p className="font-lead">{t("catalogue.intro")}</p>
      {notice ? (
        <Alert variant="success" live>
          <p>{notice}</p>
        </Alert>
      ) : null}
      {staff ? (
        <div className="button-group page-actions">
          <Link to="/finansiering/ny" className="button button-primary">
            <Icon name="plus" />
            {t("catalogue.add")}
          </Link>
        </div>
      ) : null}
      <p className="results-status" role="status">
        {items ? t("catalogue.count", { count: items.length }) : ""}
      </p>
      {programmes.error ? <ErrorState error={programmes.error} onRetry={programmes.reload} /> : null}
      {programmes.isLoading && !items ? <Loading label={t("catalogue.loading")} /> : null}
      {items && items.length === 0 ? <p className="empty-state">{t("catalogue.empty")}</p> : null}
      {items && items.length > 0 ? (
        <ul className="programme-list programme-grid no-max-width">
          {items.map((programme) => (
            <li key={programme.id}>
              <ProgrammeCard programme={programme} state={deadlineState(programme, today)} canEdit={staff} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
