import type { EditorForm } from "./editor-form.js";
import { formatInputNumber, parseNumberText } from "./number-text.js";
import type { Language } from "../../../../domain/validation.js";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** A list row ({ key, value }) is addressed by its index alone: "publicSide.phaseIn.2". */
function isListRow(value: unknown): value is { key: number; value: string } {
  return isRecord(value) && "key" in value && "value" in value && Object.keys(value).length === 2;
}

/** Model paths kept elsewhere in the form: the custom rate survives a switch back to the FM rate. */
const FORM_PATHS: Record<string, string> = { "discountRate.ratePct": "ratePct" };

function toSegments(path: string): string[] {
  return (FORM_PATHS[path] ?? path).split(".");
}

function resolve(node: unknown, segments: readonly string[]): { parent: Record<string, unknown>; key: string } | null {
  let current: unknown = node;
  for (const segment of segments.slice(0, -1)) {
    current = isRecord(current) ? current[segment] : undefined;
  }
  const last = segments[segments.length - 1];
  if (!isRecord(current)) {
    return null;
  }
  const target = current[last];
  return isListRow(target) ? { parent: target, key: "value" } : { parent: current, key: last };
}

/** The text of the field at a model path. */
export function readFormValue(form: EditorForm, path: string): string {
  const found = resolve(form, toSegments(path));
  const value = found?.parent[found.key];
  return typeof value === "string" ? value : "";
}

/** A copy of the form with the field at `path` set to `value`. */
export function writeFormValue(form: EditorForm, path: string, value: string): EditorForm {
  const copy = structuredClone(form);
  const found = resolve(copy, toSegments(path));
  if (found && typeof found.parent[found.key] === "string") {
    found.parent[found.key] = value;
  }
  return copy;
}

/** After leaving a number field: "900000" becomes "900.000"; text that is no number stays as typed. */
export function tidyNumber(form: EditorForm, path: string, language: Language): EditorForm {
  const parsed = parseNumberText(readFormValue(form, path), language);
  return typeof parsed === "number" ? writeFormValue(form, path, formatInputNumber(parsed, language)) : form;
}
