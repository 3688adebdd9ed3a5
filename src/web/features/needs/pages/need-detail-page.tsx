import { useState, type ReactNode } from "react";
import { Link, useLocation, useParams, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Need } from "../../../../domain/needs.js";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { isStaff } from "../../../auth/permissions.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Icon } from "../../../components/icon.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { Tabs } from "../../../components/tabs.js";
import { DisclosuresSection } from "../../disclosures/components/disclosures-section.js";
import { CallPanel } from "../components/call-panel.js";
import { FundingPanel } from "../components/funding-panel.js";
import { NeedOverview } from "../components/need-overview.js";
import { PartnersPanel } from "../components/partners-panel.js";
import { PriorityBadge } from "../components/priority-badge.js";
import { ShortlistPanel } from "../components/shortlist-panel.js";
import { StatusBadge } from "../components/status-badge.js";

const TAB_KEYS = ["behov", "partnere", "shortliste", "finansiering", "opslag", "ligebehandling"] as const;
type TabKey = (typeof TAB_KEYS)[number];

const isTabKey = (value: string | null): value is TabKey => TAB_KEYS.some((key) => key === value);

export function NeedDetailPage() {
  const { t } = useTranslation("needs");
  const { t: tDisclosures } = useTranslation("disclosures");
  const me = useMe();
  const { id = "" } = useParams();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data: need, error, isLoading, reload } = useApi<Need>(`/api/needs/${id}`);
  const arrivedWith = (location.state as { notice?: "created" | "saved" } | null)?.notice;
  const [notice] = useState(
    arrivedWith ? (arrivedWith === "created" ? t("form.createdNotice") : t("form.savedNotice")) : null,
  );
  const requested = searchParams.get("fane");
  const tab: TabKey = isTabKey(requested) ? requested : "behov";

  const tabs: { id: TabKey; label: string }[] = [
    { id: "behov", label: t("detail.tabNeed") },
    { id: "partnere", label: t("detail.tabPartners") },
    { id: "shortliste", label: t("detail.tabShortlist") },
    { id: "finansiering", label: t("detail.tabFunding") },
    { id: "opslag", label: t("detail.tabCall") },
    { id: "ligebehandling", label: tDisclosures("tab") },
  ];
  // Only the open tab's panel is mounted (panels="selected"), so each loads its data when opened.
  const panelsOf = (shown: Need): Record<TabKey, ReactNode> => ({
    behov: <NeedOverview need={shown} />,
    partnere: (
      <PartnersPanel needId={shown.id} needCareArea={shown.careArea} canDecide={isStaff(me)} onDecided={reload} />
    ),
    shortliste: <ShortlistPanel needId={shown.id} />,
    finansiering: <FundingPanel needId={shown.id} />,
    opslag: <CallPanel need={shown} />,
    ligebehandling: <DisclosuresSection kind="need" contextId={shown.id} />,
  });
  const select = (key: TabKey) =>
    setSearchParams(key === "behov" ? {} : { fane: key }, { replace: true, preventScrollReset: true });

  // The h1 stays the same element while the data loads, so focus placed on it is not lost.
  return (
    <>
      <BackLink to="/behov" label={t("detail.backToList")} />
      <PageHeading title={need ? need.title : t("detail.title")} />
      {!need && isLoading ? <Loading /> : null}
      {!need && error ? <ErrorState error={error} onRetry={reload} thing="need" /> : null}
      {need ? (
        <>
          <p className="need-badges">
            <StatusBadge status={need.status} />
            <PriorityBadge priority={need.priority} />
            <span className="text-muted">{need.ownerName}</span>
          </p>
          {notice ? (
            <Alert variant="success" live>
              <p>{notice}</p>
            </Alert>
          ) : null}
          <div className="button-group page-actions">
            <Link to={`/behov/${need.id}/rediger`} className="button button-secondary">
              <Icon name="edit" />
              {t("detail.edit")}
            </Link>
          </div>
          <Tabs
            label={t("detail.sectionsLabel")}
            items={tabs.map((item) => ({ ...item, content: panelsOf(need)[item.id] }))}
            selected={tab}
            onSelect={select}
            panels="selected"
            className="needs-tabs"
          />
        </>
      ) : null}
    </>
  );
}
