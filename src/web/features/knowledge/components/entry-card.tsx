import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { CaseFacts, MethodFacts, ToolFacts } from "../../../../domain/knowledge/entries.js";
import type { KnowledgeSummary } from "../../../../domain/knowledge/views.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { localised, readerLanguage } from "../labels.js";

/** One result: kind, title, summary and the few facts a reader chooses by. */
export function EntryCard({ entry }: { entry: KnowledgeSummary }) {
  const { t, i18n } = useTranslation(["knowledge", "translation"]);
  const { t: tc } = useTranslation();
  const { title, summary } = localised(entry, readerLanguage(i18n.language));
  const facts: string[] = [];
  if (entry.kind === "case") {
    const caseFacts = entry.facts as CaseFacts;
    facts.push(t(`knowledge:statuses.${caseFacts.status}`));
    if (caseFacts.phase) {
      facts.push(t(`knowledge:phases.${caseFacts.phase}`));
    }
    if (caseFacts.careArea) {
      facts.push(careAreaLabel(tc, caseFacts.careArea));
    }
    if (caseFacts.model) {
      facts.push(t(`knowledge:models.${caseFacts.model}`));
    }
  } else if (entry.kind === "method") {
    const methodFacts = entry.facts as MethodFacts;
    if (methodFacts.phase) {
      facts.push(t(`knowledge:phases.${methodFacts.phase}`));
    }
    facts.push(...methodFacts.sides.map((side) => t(`knowledge:sides.${side}`)));
  } else {
    const toolFacts = entry.facts as ToolFacts;
    facts.push(t(`knowledge:phases.${toolFacts.phase}`));
    facts.push(...toolFacts.targetSides.map((side) => t(`knowledge:sides.${side}`)));
  }
  return (
    <article className="knowledge-card">
      <p className="knowledge-card-kind">
        <span className={`badge knowledge-kind knowledge-kind-${entry.kind}`}>
          {t(`knowledge:kinds.${entry.kind}`)}
        </span>
        {entry.state !== "published" ? <span className="badge">{t(`knowledge:states.${entry.state}`)}</span> : null}
      </p>
      <h3 className="h4 knowledge-card-title">
        <Link to={`/viden/${entry.id}`}>{title}</Link>
      </h3>
      <p className="knowledge-card-summary">{summary}</p>
      {facts.length > 0 ? <p className="knowledge-card-facts">{facts.join(" · ")}</p> : null}
      {entry.kind === "case" && entry.adoptedByMunicipalities > 0 ? (
        <p className="knowledge-card-facts">
          {t("knowledge:portal.adopted", { count: entry.adoptedByMunicipalities })}
        </p>
      ) : null}
    </article>
  );
}
