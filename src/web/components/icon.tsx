import spriteUrl from "dkfds-dist/img/all-svg-icons.svg?url";
import type { IconName } from "./icon-names.js";

/**
 * A DKFDS icon from the package's SVG sprite (trimmed to `ICON_NAMES` by the build); decorative (the text next to
 * it says what it means).
 */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={className ? `icon-svg ${className}` : "icon-svg"} focusable="false" aria-hidden="true">
      <use href={`${spriteUrl}#${name}`} />
    </svg>
  );
}
