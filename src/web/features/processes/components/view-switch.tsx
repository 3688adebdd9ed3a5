import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/icon.js";
import type { BoardView } from "../model/board-query.js";

/**
 * List or board: two toggle buttons (aria-pressed), list first as on the needs page; the list
 * suits small screens and keyboard use.
 */
export function ViewSwitch({ view, onChange }: { view: BoardView; onChange: (view: BoardView) => void }) {
  const { t } = useTranslation("processes");
  const options: { value: BoardView; label: string; icon: string }[] = [
    { value: "list", label: t("board.viewList"), icon: "format-list-bulleted" },
    { value: "board", label: t("board.viewBoard"), icon: "view-split" },
  ];
  return (
    <div className="view-switch" role="group" aria-label={t("board.viewLabel")}>
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
