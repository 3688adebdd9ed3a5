import { useRef, type KeyboardEvent, type ReactNode } from "react";

export interface TabItem<Id extends string> {
  id: Id;
  label: string;
  content: ReactNode;
}

/**
 * DKFDS tabs with the WAI-ARIA tabs pattern: one tab stop, arrow keys (and Home/End) move between
 * the tabs and open them. `panels="all"` keeps every panel mounted (hidden when closed), so fields
 * keep their state; `panels="selected"` renders only the open one, so each tab loads when opened.
 */
export function Tabs<Id extends string>({
  label,
  items,
  selected,
  onSelect,
  panels,
  className,
}: {
  label: string;
  items: readonly TabItem<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  panels: "all" | "selected";
  /** Extra class on the container, for the area's spacing. */
  className?: string;
}) {
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = items.length - 1;
    const targets: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = targets[event.key];
    if (target === undefined) {
      return;
    }
    event.preventDefault();
    onSelect(items[target].id);
    buttons.current[items[target].id]?.focus();
  };
  const shown = panels === "all" ? items : items.filter((item) => item.id === selected);
  return (
    <div className={className ? `tab-container ${className}` : "tab-container"}>
      <div className="tab-list" role="tablist" aria-label={label}>
        {items.map((item, index) => (
          <button
            key={item.id}
            ref={(element) => {
              buttons.current[item.id] = element;
            }}
            type="button"
            role="tab"
            className="tab-button"
            id={`tab-${item.id}`}
            aria-controls={`panel-${item.id}`}
            aria-selected={item.id === selected}
            tabIndex={item.id === selected ? 0 : -1}
            onClick={() => onSelect(item.id)}
            onKeyDown={(event) => move(event, index)}
          >
            <span>{item.label}</span>
          </button>
        ))}
      </div>
      {shown.map((item) => (
        <div
          key={item.id}
          className="tab-panel"
          role="tabpanel"
          id={`panel-${item.id}`}
          aria-labelledby={`tab-${item.id}`}
          tabIndex={0}
          hidden={item.id !== selected}
        >
          {item.content}
        </div>
      ))}
    </div>
  );
}
