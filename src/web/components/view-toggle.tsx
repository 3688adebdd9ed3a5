import { Icon } from "./icon.js";
import type { IconName } from "./icon-names.js";

export type ListOrBoard = "list" | "board";

/**
 * List or board: two toggle buttons (aria-pressed), list first; the list suits small screens and
 * keyboard use. The texts come from the page's own namespace.
 */
export function ViewToggle({
  view,
  onChange,
  texts,
}: {
  view: ListOrBoard;
  onChange: (view: ListOrBoard) => void;
  texts: { group: string; list: string; board: string };
}) {
  const options: { value: ListOrBoard; label: string; icon: IconName }[] = [
    { value: "list", label: texts.list, icon: "format-list-bulleted" },
    { value: "board", label: texts.board, icon: "view-split" },
  ];
  return (
    <div className="view-toggle" role="group" aria-label={texts.group}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className={view === option.value ? "button button-primary" : "button button-secondary"}
          aria-pressed={view === option.value}
          onClick={() => onChange(option.value)}
        >
          <Icon name={option.icon} />
          {option.label}
        </button>
      ))}
    </div>
  );
}
