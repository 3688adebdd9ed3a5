import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { formatDateTime } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { OpenCall } from "../../../../domain/calls-views.js";
import { CallStateBadge } from "./call-state-badge.js";
import { FactTable, type Fact } from "../../../components/fact-table.js";

export function CallFacts({ call }: { call: OpenCall }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const language = currentLanguage();
  const rows: Fact[] = [
    [t("callDetail.status"), <CallStateBadge call={call} />],
    [t("callDetail.owner"), call.ownerName],
    [t("callDetail.careArea"), careAreaLabel(tc, call.careArea)],
    [t("callDetail.deadline"), formatDateTime(call.deadline, language)],
    [t("callDetail.published"), formatDateTime(call.publishedAt, language)],
  ];
  if (call.closedAt) {
    rows.push([t("callDetail.closedAt"), formatDateTime(call.closedAt, language)]);
  }
  return <FactTable facts={rows} className="needs-facts" label={t("callDetail.factsLabel")} />;
}
