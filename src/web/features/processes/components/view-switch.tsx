import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/icon.js";
import type { BoardView } from "../model/board-query.js";

/** Board or list: two toggle buttons (aria-pressed); the list suits small screens and keyboard use. */
export function ViewSwitch({ view, onChange }: { view: BoardView; onChange: (view: BoardView) => void }) {
  const { t } = useTranslation("processes");
  return (
    <div className="view-switch" role="group" aria-label={t("board.viewLabel")}>
      <button type="button" className={view === "board" ? "button button-primary" : "button button-secondary"} aria-pressed={view === "board"} onClick={() => onChange("board")}>
        <Icon name="view-split" />
        {t("board.viewBoard")}
      </button>
      <button type="button" className={view === "list" ? "button button-primary" : "button button-secondary"} aria-pressed={view === "list"} onClick={() => onChange("list")}>
        <Icon name="view-in-list" />
        {t("board.viewList")}
      </button>
    </div>
  );
}
