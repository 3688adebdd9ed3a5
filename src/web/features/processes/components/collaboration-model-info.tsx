import { useTranslation } from "react-i18next";
import type { CollaborationModel } from "../../../../domain/process/views.js";

/** The collaboration model in words: what it is and what it means for a later purchase. */
export function CollaborationModelInfo({
  model,
  headingLevel = 3,
}: {
  model: CollaborationModel | null;
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation("processes");
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="process-model-info">
      <Heading className="h4 mt-0">{t("overview.modelHeading")}</Heading>
      <p className="process-model-name">{model ? t(`models.${model}`) : t("models.none")}</p>
      <p>{model ? t(`modelTexts.${model}`) : t("modelTexts.none")}</p>
    </div>
  );
}
