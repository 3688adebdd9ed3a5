import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { CaseFacts, MethodFacts, ToolFacts } from "../../../../domain/knowledge/entries.js";
import type { KnowledgeEntry, KnowledgeRef } from "../../../../domain/knowledge/views.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { FactTable, type Fact } from "../../../components/fact-table.js";
import { formatDate } from "../../../components/format.js";
import { formatSize } from "../../needs/format-size.js";
import { readerLanguage } from "../labels.js";
import { Spread } from "./spread.js";

/**
 * A table that scrolls sideways inside its own box on a narrow screen (not the whole page): the box is a
 * named region that takes keyboard focus, so it can be scrolled without a mouse (WCAG 2.1.1).
 */
function ScrollTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}

/** A section with a heading, left out when it has nothing to say. */
function TextSection({ heading, text }: { heading: string; text: string }) {
  if (!text.trim()) {
    return null;
  }
  return (
    <section className="knowledge-section">
      <h2 className="h3">{heading}</h2>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index} className="knowledge-text">
          {paragraph}
        </p>
      ))}
    </section>
  );
}

function ListSection({ heading, id, children }: { heading: string; id?: string; children: ReactNode }) {
  return (
    <section className="knowledge-section">
      <h2 className="h3" id={id}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

function RefList({ heading, refs }: { heading: string; refs: KnowledgeRef[] }) {
  const { t } = useTranslation("knowledge");
  if (refs.length === 0) {
    return null;
  }
  return (
    <ListSection heading={heading}>
      <ul>
        {refs.map((ref) => (
          <li key={ref.id}>
            <Link to={`/viden/${ref.id}`}>{ref.title}</Link> ({t(`kinds.${ref.kind}`)})
          </li>
        ))}
      </ul>
    </ListSection>
  );
}

function Sources({ sources }: { sources: string[] }) {
  const { t } = useTranslation("knowledge");
  if (sources.length === 0) {
    return null;
  }
  return (
    <ListSection heading={t("entry.sources")}>
      <ul className="knowledge-sources">
        {sources.map((source) => (
          <li key={source}>
            <a href={source} rel="noreferrer">
              {source}
            </a>
          </li>
        ))}
      </ul>
    </ListSection>
  );
}

function CaseBody({ entry, facts }: { entry: KnowledgeEntry; facts: CaseFacts }) {
  const { t } = useTranslation(["knowledge", "translation"]);
  const { t: tc } = useTranslation();
  const rows: Fact[] = [[t("knowledge:entry.status"), t(`knowledge:statuses.${facts.status}`)]];
  if (facts.phase) {
    rows.push([t("knowledge:entry.phase"), t(`knowledge:phases.${facts.phase}`)]);
  }
  if (facts.model) {
    rows.push([t("knowledge:entry.model"), t(`knowledge:models.${facts.model}`)]);
  }
  if (facts.careArea) {
    rows.push([t("knowledge:entry.careArea"), careAreaLabel(tc, facts.careArea)]);
  }
  if (facts.innovationType) {
    rows.push([t("knowledge:entry.innovationType"), t(`knowledge:innovationTypes.${facts.innovationType}`)]);
  }
  if (facts.novelty) {
    rows.push([t("knowledge:entry.novelty"), t(`knowledge:novelties.${facts.novelty}`)]);
  }
  if (facts.technology) {
    rows.push([t("knowledge:entry.technology"), facts.technology]);
  }
  if (facts.funding) {
    rows.push([t("knowledge:entry.funding"), facts.funding]);
  }
  if (facts.suppliedBy) {
    rows.push([t("knowledge:entry.suppliedBy"), facts.suppliedBy]);
  }
  rows.push([t("knowledge:entry.licence"), facts.licence]);
  return (
    <>
      <FactTable facts={rows} className="knowledge-facts" label={t("knowledge:entry.facts")} />
      <TextSection heading={t("knowledge:entry.need")} text={facts.need} />
      <TextSection heading={t("knowledge:entry.needEvidence")} text={facts.needEvidence} />
      <TextSection heading={t("knowledge:entry.solution")} text={facts.solution} />
      {facts.parties.length > 0 ? (
        <ListSection heading={t("knowledge:entry.parties")} id="knowledge-parties">
          <ScrollTable labelledBy="knowledge-parties">
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t("knowledge:entry.partyName")}</th>
                  <th scope="col">{t("knowledge:entry.partySide")}</th>
                  <th scope="col">{t("knowledge:entry.partyRole")}</th>
                </tr>
              </thead>
              <tbody>
                {facts.parties.map((party, index) => (
                  <tr key={`${party.name}-${index}`}>
                    <td>{party.name}</td>
                    <td>{t(`knowledge:sides.${party.side}`)}</td>
                    <td>{t(`knowledge:roles.${party.role}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </ListSection>
      ) : null}
      <TextSection heading={t("knowledge:entry.phasesAndGates")} text={facts.phasesAndGates} />
      <TextSection heading={t("knowledge:entry.testSummary")} text={facts.testSummary} />
      {facts.publicResults.length > 0 ? (
        <ListSection heading={t("knowledge:entry.results")}>
          <dl className="knowledge-results">
            {facts.publicResults.map((result, index) => (
              <div key={`${result.valueType}-${index}`}>
                <dt>{t(`knowledge:valueTypes.${result.valueType}`)}</dt>
                <dd>
                  {result.text}
                  {result.evidence ? (
                    <span className="knowledge-evidence">
                      {t("knowledge:entry.resultEvidence")}: {result.evidence}
                    </span>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </ListSection>
      ) : null}
      {facts.companyResult ? (
        <ListSection heading={t("knowledge:entry.companyResult")}>
          <p className="knowledge-text">{facts.companyResult}</p>
          {facts.companyEvidence ? (
            <p className="knowledge-evidence">
              {t("knowledge:entry.resultEvidence")}: {facts.companyEvidence}
            </p>
          ) : null}
        </ListSection>
      ) : null}
      {facts.keyFigures.length > 0 ? (
        <ListSection heading={t("knowledge:entry.keyFigures")}>
          <FactTable
            facts={facts.keyFigures.map((figure): Fact => [figure.label, figure.value])}
            className="knowledge-figures"
          />
        </ListSection>
      ) : null}
      <TextSection heading={t("knowledge:entry.lessons")} text={facts.lessons} />
      <TextSection heading={t("knowledge:entry.conditions")} text={facts.conditions} />
      <RefList heading={t("knowledge:entry.uses")} refs={entry.uses} />
      <Sources sources={facts.sources} />
    </>
  );
}

function MethodBody({ entry, facts }: { entry: KnowledgeEntry; facts: MethodFacts }) {
  const { t } = useTranslation("knowledge");
  const rows: Fact[] = [];
  if (facts.phase) {
    rows.push([t("entry.phase"), t(`phases.${facts.phase}`)]);
  }
  if (facts.sides.length > 0) {
    rows.push([t("entry.sidesFor"), facts.sides.map((side) => t(`sides.${side}`)).join(", ")]);
  }
  return (
    <>
      {rows.length > 0 ? <FactTable facts={rows} className="knowledge-facts" label={t("entry.facts")} /> : null}
      <TextSection heading={t("entry.whenToUse")} text={facts.whenToUse} />
      {facts.steps.length > 0 ? (
        <ListSection heading={t("entry.steps")}>
          <ol>
            {facts.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </ListSection>
      ) : null}
      {facts.pitfalls.length > 0 ? (
        <ListSection heading={t("entry.pitfalls")}>
          <ul>
            {facts.pitfalls.map((pitfall, index) => (
              <li key={index}>{pitfall}</li>
            ))}
          </ul>
        </ListSection>
      ) : null}
      <RefList heading={t("entry.usedBy")} refs={entry.usedBy} />
      <Sources sources={facts.sources} />
    </>
  );
}

function ToolBody({ entry, facts }: { entry: KnowledgeEntry; facts: ToolFacts }) {
  const { t, i18n } = useTranslation("knowledge");
  const language = readerLanguage(i18n.language);
  const rows: Fact[] = [
    [t("entry.sidesFor"), facts.targetSides.map((side) => t(`sides.${side}`)).join(", ")],
    [t("entry.phase"), t(`phases.${facts.phase}`)],
    [t("entry.author"), facts.author],
    [t("entry.version"), facts.version],
  ];
  return (
    <>
      <FactTable facts={rows} className="knowledge-facts" label={t("entry.facts")} />
      {entry.files.length > 0 ? (
        <ListSection heading={t("entry.files")}>
          <ul className="knowledge-files">
            {entry.files.map((file) => (
              <li key={file.id}>
                <a href={`/api/knowledge/${entry.id}/files/${file.id}`} download={file.filename}>
                  {t("entry.download", { name: file.filename, size: formatSize(file.sizeBytes, language) })}
                </a>
              </li>
            ))}
          </ul>
        </ListSection>
      ) : null}
      {facts.samspilLink.startsWith("/") ? (
        <p>
          <Link to={facts.samspilLink}>{t("entry.samspilLink")}</Link>
        </p>
      ) : null}
      {facts.changes.length > 0 ? (
        <ListSection heading={t("entry.changes")} id="knowledge-changes">
          <ScrollTable labelledBy="knowledge-changes">
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t("entry.version")}</th>
                  <th scope="col">{t("entry.changeDate")}</th>
                  <th scope="col">{t("entry.changeNote")}</th>
                </tr>
              </thead>
              <tbody>
                {facts.changes.map((change) => (
                  <tr key={`${change.version}-${change.date}`}>
                    <td>{change.version}</td>
                    <td>{formatDate(change.date, language)}</td>
                    <td>{change.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </ListSection>
      ) : null}
      <RefList heading={t("entry.usedBy")} refs={entry.usedBy} />
      {entry.usedInProcesses.length > 0 ? (
        <ListSection heading={t("entry.usedInProcesses")}>
          <ul>
            {entry.usedInProcesses.map((process) => (
              <li key={process.id}>
                <Link to={`/forloeb/${process.id}`}>{process.title}</Link>
              </li>
            ))}
          </ul>
        </ListSection>
      ) : null}
    </>
  );
}

/** The entry's structured facts, by kind. */
export function EntryFacts({ entry }: { entry: KnowledgeEntry }) {
  if (entry.kind === "case") {
    return (
      <>
        <CaseBody entry={entry} facts={entry.facts as CaseFacts} />
        <Spread entry={entry} />
      </>
    );
  }
  if (entry.kind === "method") {
    return <MethodBody entry={entry} facts={entry.facts as MethodFacts} />;
  }
  return <ToolBody entry={entry} facts={entry.facts as ToolFacts} />;
}
