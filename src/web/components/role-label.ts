import type { TFunction } from "i18next";
import type { Role } from "../../domain/auth.js";

export function roleLabel(t: TFunction, role: Role): string {
  return t(`roles.${role}`);
}
