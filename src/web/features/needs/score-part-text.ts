import type { ScorePart } from "../../../domain/matching.js";
import { REGIONS } from "../../../domain/geography.js";
import { careAreaLabel } from "../../components/care-area-label.js";
import type { NeedsT } from "./labels.js";

type CommonT = Parameters<typeof careAreaLabel>[0];

const lower = (text: string) => text.toLocaleLowerCase();

/** One part of a score in words a person can check, e.g. "Kompetencer: Forflytning og løft". */
export function describePart(part: ScorePart, needCareArea: string, t: NeedsT, tc: CommonT): string {
  const first = part.detail[0];
  switch (part.key) {
    case "competence":
      return part.detail.length > 0
        ? t("parts.competence", { items: part.detail.join(", ") })
        : t("parts.competenceNone");
    case "text":
      return part.detail.length > 0 ? t("parts.text", { items: part.detail.join(", ") }) : t("parts.textNone");
    case "careArea":
      if (!first) {
        return t("parts.careAreaNone", { area: lower(careAreaLabel(tc, needCareArea)) });
      }
      return first === needCareArea
        ? t("parts.careArea", { area: lower(careAreaLabel(tc, first)) })
        : t("parts.careAreaRelated", { area: lower(careAreaLabel(tc, first)) });
    case "region":
      if (first === "national") {
        return t("parts.regionNational");
      }
      return first
        ? t("parts.region", { region: REGIONS.find((region) => region.code === first)?.name ?? first })
        : t("parts.regionNone");
    case "sme":
      return part.points > 0 ? t("parts.sme") : t("parts.smeNone");
    case "collaboration":
      return first ? t("parts.collaboration", { count: Number(first) }) : t("parts.collaborationNone");
    case "network":
      return first === "co_owners"
        ? t("parts.network_co_owners")
        : first === "network_process"
          ? t("parts.network_network_process")
          : t("parts.networkNone");
    default:
      return part.key;
  }
}
