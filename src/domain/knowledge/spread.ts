import { findMunicipality, findRegion, MUNICIPALITIES, normaliseMunicipalityCode, REGIONS } from "../geography.js";
import type { AdoptionLevel } from "./entries.js";
import type { KnowledgeSpread } from "./views.js";

/** A municipality or region code as adoptions store it, or null when it names neither. */
export function resolveArea(
  code: string,
): { code: string; kind: "municipality" | "region"; regionCode: string; name: string } | null {
  const region = findRegion(code.trim());
  if (region) {
    return { code: region.code, kind: "region", regionCode: region.code, name: region.name };
  }
  const municipality = findMunicipality(code);
  return municipality
    ? {
        code: normaliseMunicipalityCode(code),
        kind: "municipality",
        regionCode: municipality.regionCode,
        name: municipality.name,
      }
    : null;
}

/**
 * How far a solution has spread: the municipalities that adopted it at any level («taget i brug af N af
 * 98 kommuner») and, per region, its municipalities (and the region itself) by level.
 */
export function summariseSpread(adoptions: readonly { areaCode: string; level: AdoptionLevel }[]): KnowledgeSpread {
  const byRegion = new Map(
    REGIONS.map((region) => [
      region.code,
      { regionCode: region.code, regionName: region.name, considering: 0, piloting: 0, implemented: 0 },
    ]),
  );
  let municipalities = 0;
  for (const adoption of adoptions) {
    const area = resolveArea(adoption.areaCode);
    if (!area) {
      continue;
    }
    if (area.kind === "municipality") {
      municipalities += 1;
    }
    const row = byRegion.get(area.regionCode);
    if (row) {
      row[adoption.level] += 1;
    }
  }
  return { municipalities, ofMunicipalities: MUNICIPALITIES.length, byRegion: [...byRegion.values()] };
}
