import municipalities from "../../data/municipalities.json";
import regions from "../../data/regions.json";

export interface Municipality {
  code: string;
  name: string;
  regionCode: string;
}

export interface Region {
  code: string;
  name: string;
}

export const MUNICIPALITIES: readonly Municipality[] = municipalities;
export const REGIONS: readonly Region[] = regions;

const byCode = new Map(MUNICIPALITIES.map((municipality) => [municipality.code, municipality]));

/**
 * Municipality codes as the address registry writes them ("0101"); Danmarks Statistik writes
 * three digits ("101"). Both are accepted; the four-character form is stored.
 */
export function normaliseMunicipalityCode(value: string): string {
  const trimmed = value.trim();
  return /^[0-9]{1,4}$/.test(trimmed) ? trimmed.padStart(4, "0") : trimmed;
}

export function findMunicipality(code: string): Municipality | undefined {
  return byCode.get(normaliseMunicipalityCode(code));
}

export function findRegion(code: string): Region | undefined {
  return REGIONS.find((region) => region.code === code);
}
