import file from "../../../../data/programme_indicators.json" with { type: "json" };
import { DefaultIndicatorFile, type DefaultIndicatorSpec } from "../../../domain/programme/indicators.js";

let cached: DefaultIndicatorSpec[] | null = null;

/**
 * The default indicator cards' data (`data/programme_indicators.json`), checked by its schema on first
 * use: a mistake in the file stops the server at the first dashboard rather than showing a wrong card.
 */
export function defaultIndicatorSpecs(): DefaultIndicatorSpec[] {
  cached ??= DefaultIndicatorFile.parse(file).indicators;
  return cached;
}
