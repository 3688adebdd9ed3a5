import file from "../../../../data/programme_indicators.json" with { type: "json" };
import { DefaultIndicatorFile, type DefaultIndicatorSpec } from "../../../domain/programme/indicators.js";

let cached: DefaultIndicatorSpec[] | null = null;

/**
 * The default indicator cards' data (`data/programme_indicators.json`), checked by its schema on first
 * use: a mistake in the file fails the dashboard with an error naming the field rather than showing a
 * wrong card (a unit test parses the real file, so such a mistake never reaches a build).
 */
export function defaultIndicatorSpecs(): DefaultIndicatorSpec[] {
  cached ??= DefaultIndicatorFile.parse(file).indicators;
  return cached;
}
