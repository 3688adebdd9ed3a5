import type { TFunction } from "i18next";
import { DIMENSIONS, type Dimension } from "../../../domain/dimensions.js";
import { NEED_PRIORITIES, NEED_SOURCES, NEED_STATUSES, type NeedStatus } from "../../../domain/needs.js";
import { ORGANISATION_KINDS, type OrganisationKind } from "../../../domain/organisation-kinds.js";

/** Translated names of the codes the needs API sends; an unknown code is shown as it is. */

export type NeedsT = TFunction<"needs">;
type CommonT = TFunction;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export function statusLabel(t: NeedsT, status: string): string {
  return isOneOf<NeedStatus>(NEED_STATUSES, status) ? t(`status.${status}`) : status;
}

export function priorityLabel(t: NeedsT, priority: string): string {
  return isOneOf(NEED_PRIORITIES, priority) ? t(`priority.${priority}`) : priority;
}

export function dimensionLabel(t: NeedsT, dimension: string | null): string {
  if (dimension === null) {
    return "";
  }
  return isOneOf<Dimension>(DIMENSIONS, dimension) ? t(`dimension.${dimension}`) : dimension;
}

export function sourceLabel(t: NeedsT, source: string): string {
  return isOneOf(NEED_SOURCES, source) ? t(`source.${source}`) : source;
}

export function kindLabel(tc: CommonT, kind: string): string {
  return isOneOf<OrganisationKind>(ORGANISATION_KINDS, kind) ? tc(`kinds.${kind}`) : kind;
}

/** The DKFDS badge variant for a need's status. */
export function statusBadgeClass(status: string): string {
  switch (status) {
    case "qualified":
    case "matched":
      return "badge badge-info";
    case "in_process":
      return "badge badge-warning";
    case "solved":
      return "badge badge-success";
    default:
      return "badge badge-neutral";
  }
}

export function priorityBadgeClass(priority: string): string {
  return priority === "high" ? "badge badge-error" : priority === "medium" ? "badge badge-info" : "badge badge-neutral";
}
