import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface TabItem<K extends string> {
  key: K;
  label: string;
}

/**
 * DKFDS tabs with the WAI-ARIA tabs pattern: one tab stop, arrow keys, Home and End move between
 * tabs and show them. Only the chosen panel is rendered, so each tab loads its data when opened.
 */
export function NeedTabs<K extends string>({
  tabs,
  selected,
  onSelect,
  children,
}: {
  tabs: readonly TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation("needs");
  const buttons = useRef(new Map<K, HTMLButtonElement>());

  const moveTo = (index: number) => {
    const target = tabs[(index + tabs.length) % tabs.length];
    if (target) {
      onSelect(target.key);
      buttons.current.get(target.key)?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
    }
  };

  return (
    <div className="tab-container needs-tabs">
      <div className="tab-list" role="tablist" aria-label={t("detail.sectionsLabel")}>
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            ref={(element) => {
              if (element) {
                buttons.current.set(tab.key, element);
              } else {
                buttons.current.delete(tab.key);
              }
            }}
            type="button"
            role="tab"
            id={`tab-${tab.key}`}
            className="tab-button"
            aria-selected={tab.key === selected}
            aria-controls={`panel-${tab.key}`}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span>{tab.label}</span>
          </button>
        ))}
      </div>
      <div
        className="tab-panel"
        role="tabpanel"
        id={`panel-${selected}`}
        aria-labelledby={`tab-${selected}`}
        tabIndex={0}
      >
        {children}
      </div>
    </div>
  );
}
