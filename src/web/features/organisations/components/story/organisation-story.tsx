import { useTranslation } from "react-i18next";
import type { Organisation } from "../../../../../domain/organisation.js";
import type { OrganisationStory as Story } from "../../../../../domain/organisation-story-views.js";
import { useApi } from "../../../../api/use-api.js";
import { ErrorState } from "../../../../components/error-state.js";
import { Loading } from "../../../../components/loading.js";
import { StorySection, type StoryKey } from "./story-section.js";

/** Sections in the order a reader meets them: what fits a company first, then what the organisation has done. */
const ORDER: StoryKey[] = [
  "fittingCalls",
  "fittingNeeds",
  "needs",
  "assessments",
  "processes",
  "businessCases",
  "offers",
  "seminars",
];

/** The organisation's story on its page: each module's part, as far as the reader may see it. */
export function OrganisationStory({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation(["translation", "organisations"]);
  const story = useApi<Story>(`/api/organisations/${organisation.id}/story`);
  const data = story.data;
  const isPartial = data ? ORDER.some((key) => data[key]?.isPartial) : false;
  return (
    <section aria-labelledby="story-heading" className="organisation-story">
      <h2 id="story-heading">{t("organisations:story.heading")}</h2>
      <p>{t("organisations:story.intro")}</p>
      {story.isLoading && !data ? <Loading /> : null}
      {story.error ? <ErrorState error={story.error} onRetry={story.reload} /> : null}
      {data ? (
        <>
          {isPartial ? <p className="form-hint">{t("organisations:story.partialNote")}</p> : null}
          <div className="story-sections">
            {ORDER.map((key) => {
              const section = data[key];
              return section ? (
                <StorySection
                  key={key}
                  storyKey={key}
                  section={section}
                  moreHref={key === "fittingNeeds" ? `/organisationer/${organisation.id}/behov-match` : undefined}
                />
              ) : null;
            })}
          </div>
        </>
      ) : null}
    </section>
  );
}
