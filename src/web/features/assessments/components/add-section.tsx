import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DIMENSION_LABELS } from "../../../../domain/assessment/index.js";
import type { Dimension } from "../../../../domain/dimensions.js";
import { Icon } from "../../../components/icon.js";
import { currentLanguage } from "../../../i18n/i18n.js";

/** A dimension the template does not ask about yet can be added (sections are the eight dimensions). */
export function AddSection({ dimensions, onAdd }: { dimensions: string[]; onAdd: (key: string) => void }) {
  const { t } = useTranslation("assessments");
  const language = currentLanguage();
  const [chosen, setChosen] = useState("");
  if (dimensions.length === 0) {
    return <p className="form-hint">{t("editor.allDimensions")}</p>;
  }
  const value = dimensions.includes(chosen) ? chosen : dimensions[0];
  return (
    <div className="form-group add-section">
      <label className="form-label" htmlFor="add-section">
        {t("editor.addSectionLabel")}
      </label>
      <div className="add-section-row">
        <select
          id="add-section"
          className="form-select"
          value={value}
          onChange={(event) => setChosen(event.target.value)}
        >
          {dimensions.map((key) => (
            <option key={key} value={key}>
              {DIMENSION_LABELS[key as Dimension]?.[language] ?? key}
            </option>
          ))}
        </select>
        <button type="button" className="button button-secondary" onClick={() => onAdd(value)}>
          <Icon name="plus" />
          {t("editor.addSection")}
        </button>
      </div>
    </div>
  );
}
