import { lazy, Suspense } from "react";
import type { Organisation } from "../../../../domain/organisation.js";
import { loadFeatureTexts } from "../../resources.js";

// Other areas' pages mount this: the knowledge texts and the section's code come when it is first shown.
const AreaAdoptions = lazy(() =>
  Promise.all([import("./area-adoptions.js"), loadFeatureTexts(["knowledge"])]).then(([module]) => ({
    default: module.AreaAdoptions,
  })),
);

/** The knowledge cases a municipality or region has adopted, for its organisation page; nothing for others. */
export function AreaAdoptionsSection({
  organisation,
}: {
  organisation: Pick<Organisation, "kind" | "municipalityCode" | "regionCode">;
}) {
  const areaCode =
    organisation.kind === "municipality"
      ? organisation.municipalityCode
      : organisation.kind === "region"
        ? organisation.regionCode
        : null;
  if (!areaCode) {
    return null;
  }
  return (
    <Suspense fallback={null}>
      <AreaAdoptions areaCode={areaCode} />
    </Suspense>
  );
}
