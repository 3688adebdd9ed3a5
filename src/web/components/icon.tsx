import spriteUrl from "dkfds-dist/img/all-svg-icons.svg?url";

/** A DKFDS icon from the package's SVG sprite; decorative (the text next to it says what it means). */
export function Icon({ name, className }: { name: string; className?: string }) {
  return (
    <svg className={className ? `icon-svg ${className}` : "icon-svg"} focusable="false" aria-hidden="true">
      <use href={`${spriteUrl}#${name}`} />
    </svg>
  );
}
