import { readFileSync } from "node:fs";
import path from "node:path";
import { NATIONAL_COMPARISON, type CollaborationStats } from "../../../domain/programme/collaboration.js";
import type { CollaborationView, NationalFigure } from "../../../domain/programme/views.js";

/** The published national figures (data/innovationsbarometer.json, copied from the programme's shared data). */
interface Barometer {
  method: { sources: string[] };
  editions: { edition: number; period: string; figures: Record<string, number>; sources: string[] }[];
  seed_article_figures: Record<string, unknown> & { source: string };
}

const FILE = path.resolve(import.meta.dirname, "../../../../data/innovationsbarometer.json");
let cached: Barometer | null = null;

function load(): Barometer {
  cached ??= JSON.parse(readFileSync(FILE, "utf8")) as Barometer;
  return cached;
}

/** Each statistic's national figure with its edition and source, where the reference data has one. */
export function nationalFigures(): CollaborationView["national"] {
  const data = load();
  const result: CollaborationView["national"] = {};
  for (const [key, where] of Object.entries(NATIONAL_COMPARISON) as [
    keyof CollaborationStats,
    { edition: number | "seed_article"; key: string },
  ][]) {
    let figure: NationalFigure | null = null;
    if (where.edition === "seed_article") {
      const value = data.seed_article_figures[where.key];
      if (typeof value === "number") {
        figure = {
          value,
          edition: "Innovationsbarometeret 2018–2019 (gengivet)",
          source: data.seed_article_figures.source,
        };
      }
    } else {
      const edition = data.editions.find((item) => item.edition === where.edition);
      const value = edition?.figures[where.key];
      if (edition && typeof value === "number") {
        figure = { value, edition: `Innovationsbarometeret ${edition.period}`, source: edition.sources.join("; ") };
      }
    }
    if (figure) {
      result[key] = figure;
    }
  }
  return result;
}

export function barometerSources(): string[] {
  return load().method.sources;
}
