import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { MUNICIPALITIES, REGIONS } from "../../domain/geography.js";
import type { Db } from "../db/database.js";
import { loadFundingProgrammes } from "./funding.js";
import { countMunicipalities, insertSeedRows } from "./seed.repo.js";

const DATA_DIR = path.resolve(import.meta.dirname, "../../../data");

interface Db07Csv {
  kode: string;
  niveau: string;
  titel: string;
}

/** Loads regions, municipalities and DB07 industry codes once; a second run changes nothing. */
export async function loadReferenceData(db: Db): Promise<void> {
  await loadFundingProgrammes(db);
  if ((await countMunicipalities(db)) === MUNICIPALITIES.length) {
    return;
  }
  const csv = readFileSync(path.join(DATA_DIR, "db07_branchekoder.csv"), "utf8");
  const codes = Papa.parse<Db07Csv>(csv, { header: true, skipEmptyLines: true }).data;
  await db.transaction().execute(async (trx) => {
    const ignoreConflicts = { ignoreConflicts: true };
    await insertSeedRows(
      trx,
      "regions",
      REGIONS.map((region) => ({ code: region.code, name: region.name })),
      ignoreConflicts,
    );
    await insertSeedRows(
      trx,
      "municipalities",
      MUNICIPALITIES.map((item) => ({ code: item.code, name: item.name, region_code: item.regionCode })),
      ignoreConflicts,
    );
    for (let start = 0; start < codes.length; start += 500) {
      await insertSeedRows(
        trx,
        "db07_codes",
        codes.slice(start, start + 500).map((row) => ({ code: row.kode, level: Number(row.niveau), title: row.titel })),
        ignoreConflicts,
      );
    }
  });
}
