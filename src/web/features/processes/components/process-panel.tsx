import { useTranslation } from "react-i18next";
import type { ProcessDetail } from "../../../../domain/process/views.js";
import { DisclosuresSection } from "../../disclosures/components/disclosures-section.js";
import type { Tab } from "../model/tabs.js";
import { ActivityPanel } from "./activity-panel.js";
import { AgreementsPanel } from "./agreements-panel.js";
import { DocumentsPanel } from "./documents-panel.js";
import { GatePanel } from "./gate-panel.js";
import { OverviewPanel } from "./overview-panel.js";
import { ParticipantsPanel } from "./participants-panel.js";
import { TasksPanel } from "./tasks-panel.js";
import { TestPlansPanel } from "./test-plans-panel.js";
import { TimelinePanel } from "./timeline-panel.js";

/** The open section of a process's page, under its own h2. */
export function ProcessPanel({ tab, process, onChanged }: { tab: Tab; process: ProcessDetail; onChanged: () => void }) {
  const { t } = useTranslation("processes");
  return (
    <section className="process-panel" aria-labelledby="panel-heading">
      <h2 id="panel-heading" className="process-panel-heading">
        {t(`tabs.${tab}`)}
      </h2>
      {tab === "overview" ? <OverviewPanel process={process} onChanged={onChanged} /> : null}
      {tab === "gate" ? <GatePanel process={process} onChanged={onChanged} /> : null}
      {tab === "timeline" ? <TimelinePanel process={process} /> : null}
      {tab === "participants" ? <ParticipantsPanel process={process} onChanged={onChanged} /> : null}
      {tab === "agreements" ? <AgreementsPanel process={process} onChanged={onChanged} /> : null}
      {tab === "tasks" ? <TasksPanel process={process} onChanged={onChanged} /> : null}
      {tab === "testPlans" ? <TestPlansPanel process={process} onChanged={onChanged} /> : null}
      {tab === "documents" ? <DocumentsPanel process={process} onChanged={onChanged} /> : null}
      {tab === "equalTreatment" ? <DisclosuresSection kind="process" contextId={process.id} /> : null}
      {tab === "activity" ? <ActivityPanel process={process} /> : null}
    </section>
  );
}
