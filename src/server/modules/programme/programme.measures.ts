import type { Measure } from "../../platform/measures.js";
import { serverModules } from "../index.js";

/**
 * Every measure offered by the modules of `modules/index.ts`, by code. Read when asked (not at import:
 * the module list imports this module too), so a module merged later adds its measures by itself.
 */
export function providedMeasures(): Map<string, Measure> {
  const measures = new Map<string, Measure>();
  for (const module of serverModules) {
    for (const measure of module.measures ?? []) {
      measures.set(measure.code, measure);
    }
  }
  return measures;
}
