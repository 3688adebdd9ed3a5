import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/icon.js";
import type { NeedView } from "../need-query.js";

/** Switch between the list and the board: two toggle buttons, the chosen one pressed. */
export function ViewToggle({ view, onChange }: { view: NeedView; onChange: (view: NeedView) => void }) {
  const { t } = useTranslation("needs");
  const options: { value: NeedView; label: string; icon: string }[] = [
    { value: "list", label: t("list.viewList"), icon: "format-list-bulleted" },
    { value: "board", label: t("list.viewBoard"), icon: "view-split" },
  ];
  return (
    <div className="view-toggle" role="group" aria-label={t("list.viewLabel")}>
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
