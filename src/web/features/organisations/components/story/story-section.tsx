import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { formatAuditValue } from "../../../../../domain/audit/describe.js";
import type { StoryItem, StorySection as Section } from "../../../../../domain/organisation-story-views.js";
import { formatDate } from "../../../../components/format.js";
import { currentLanguage } from "../../../../i18n/i18n.js";

export type StoryKey =
  "needs" | "assessments" | "processes" | "businessCases" | "offers" | "seminars" | "fittingCalls" | "fittingNeeds";

/** The entity type whose status (and phase) labels a section's items use; the domain's vocabulary names them. */
const ENTITY: Record<StoryKey, string> = {
  needs: "need",
  assessments: "assessment",
  processes: "process",
  businessCases: "business_case",
  offers: "open_call",
  seminars: "seminar",
  fittingCalls: "open_call",
  fittingNeeds: "need",
};

/** The sections a reader may see only part of (the reverse match is always the reader's own or staff's). */
const isPartialKey = (key: StoryKey): key is Exclude<StoryKey, "fittingCalls" | "fittingNeeds"> =>
  key !== "fittingCalls" && key !== "fittingNeeds";

function ItemFacts({ storyKey, item }: { storyKey: StoryKey; item: StoryItem }) {
  const { t } = useTranslation(["translation", "organisations"]);
  const language = currentLanguage();
  const entity = ENTITY[storyKey];
  const detail =
    storyKey === "processes" && item.detail ? formatAuditValue(entity, "phase", item.detail, language) : item.detail;
  const date = item.date
    ? storyKey === "fittingCalls"
      ? t("organisations:story.deadline", { date: formatDate(item.date, language) })
      : formatDate(item.date, language)
    : null;
  const facts = [
    detail,
    item.count !== undefined ? t("organisations:story.people", { count: item.count }) : null,
    date,
  ];
  return (
    <>
      {item.status ? (
        <>
          {" "}
          <span className="badge">{formatAuditValue(entity, "status", item.status, language)}</span>
        </>
      ) : null}
      {facts.some(Boolean) ? <span className="story-item-facts">{facts.filter(Boolean).join(" · ")}</span> : null}
    </>
  );
}

/** One part of the story: its newest items with links, how many more there are, or an empty state. */
export function StorySection({
  storyKey,
  section,
  moreHref,
}: {
  storyKey: StoryKey;
  section: Section;
  moreHref?: string;
}) {
  const { t } = useTranslation(["translation", "organisations"]);
  const headingId = `story-${storyKey}-heading`;
  const more = section.total - section.items.length;
  const empty =
    section.isPartial && isPartialKey(storyKey)
      ? t(`organisations:story.emptyPartial.${storyKey}`)
      : t(`organisations:story.empty.${storyKey}`);
  return (
    <section aria-labelledby={headingId} className="story-section">
      <h3 className="h4" id={headingId}>
        {t(`organisations:story.sections.${storyKey}`)}
      </h3>
      {section.items.length > 0 ? (
        <ul className="story-list">
          {section.items.map((item) => (
            <li key={item.id}>
              <Link to={item.href}>{item.title}</Link>
              <ItemFacts storyKey={storyKey} item={item} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{empty}</p>
      )}
      {more > 0 || (moreHref && section.items.length > 0) ? (
        <p className="story-more">
          {more > 0 ? <span>{t("organisations:story.more", { count: more })}</span> : null}
          {more > 0 && moreHref ? " · " : null}
          {moreHref ? <Link to={moreHref}>{t("organisations:story.matchLink")}</Link> : null}
        </p>
      ) : null}
    </section>
  );
}
