import type { TFunction } from "i18next";
import { CARE_AREAS, type CareArea } from "../../domain/care-areas.js";

function isCareArea(value: string): value is CareArea {
  return (CARE_AREAS as readonly string[]).includes(value);
}

/** The translated name of a care area; an unknown key is shown as it is. */
export function careAreaLabel(t: TFunction, area: string): string {
  return isCareArea(area) ? t(`careAreas.${area}`) : area;
}
