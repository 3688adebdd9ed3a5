import { useTranslation } from "react-i18next";
import { TabNav } from "../../../components/tab-nav.js";
import type { ProcessDetail } from "../../../../domain/process/views.js";
import { TABS, tabHref, type Tab } from "../model/tabs.js";

/** The sections of a process as DKFDS tabs used for navigation: links, aria-current on the open one. */
export function ProcessTabs({
  processId,
  current,
  process,
}: {
  processId: string;
  current: Tab;
  process: ProcessDetail;
}) {
  const { t } = useTranslation("processes");
  const counts: Partial<Record<Tab, number>> = {
    participants: new Set(process.participants.map((item) => item.organisationId)).size,
    tasks: process.tasks.length,
    testPlans: process.testPlans.length,
    documents: process.documents.length,
  };
  const hasGateWarning = process.status === "active" && process.goBlockers.length > 0;
  return (
    <TabNav
      label={t("tabs.label")}
      className="process-tabs"
      items={TABS.map((tab) => ({
        to: tabHref(processId, tab),
        isCurrent: tab === current,
        label: (
          <>
            {t(`tabs.${tab}`)}
            {counts[tab] !== undefined ? ` (${counts[tab]})` : ""}
            {tab === "gate" && hasGateWarning ? <span className="sr-only"> {t("tabs.gateBlocked")}</span> : null}
          </>
        ),
      }))}
    />
  );
}
