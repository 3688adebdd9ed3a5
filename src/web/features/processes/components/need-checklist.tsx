import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { NeedSummary } from "../../../../domain/needs.js";
import { useApi } from "../../../api/use-api.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { describedBy } from "../../../forms/field-id.js";
import { LabelText } from "../../../forms/field-label.js";
import { FieldError, FieldHint } from "../../../forms/field-message.js";

/**
 * The needs a process can start from (new, qualified or matched), as checkboxes with a filter
 * box. Chosen needs stay chosen while the filter hides them.
 */
export function NeedChecklist({
  id,
  selected,
  onChange,
  error,
}: {
  id: string;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation("processes");
  const needs = useApi<{ items: NeedSummary[]; total: number }>("/api/needs?status=new,qualified,matched&pageSize=100");
  const [filter, setFilter] = useState("");
  const words = filter.trim().toLowerCase();
  const items = needs.data?.items ?? [];
  const shown = items.filter((need) => words === "" || `${need.title} ${need.ownerName}`.toLowerCase().includes(words));
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const toggle = (needId: string, checked: boolean) =>
    onChange(checked ? [...selected, needId] : selected.filter((item) => item !== needId));

  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <fieldset aria-describedby={describedBy(hintId, error && errorId)}>
        <legend className="form-label">
          <LabelText label={t("fields.needIds")} required />
        </legend>
        <FieldHint id={hintId} hint={t("create.needsHint")} />
        <FieldError id={errorId} message={error} />
        {needs.isLoading && !needs.data ? <Loading label={t("create.needsLoading")} /> : null}
        {needs.error ? <ErrorState error={needs.error} onRetry={needs.reload} /> : null}
        {needs.data && items.length === 0 ? <p className="text-muted">{t("create.needsEmpty")}</p> : null}
        {items.length > 5 ? (
          <div className="form-group need-filter">
            <label className="form-label form-label-secondary" htmlFor={`${id}-filter`}>
              {t("create.needsFilter")}
            </label>
            <input
              id={`${id}-filter`}
              type="search"
              className="form-input input-width-l"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
              aria-controls={`${id}-list`}
            />
          </div>
        ) : null}
        <p className="sr-only" role="status">
          {words ? t("create.needsShown", { count: shown.length }) : ""}
        </p>
        <div id={`${id}-list`} className="need-checklist">
          {shown.map((need, index) => {
            // The first visible checkbox carries the group's id, so the error summary can link to it.
            const optionId = index === 0 ? id : `${id}-${need.id}`;
            return (
              <div className="form-group-checkbox" key={need.id}>
                <input
                  id={optionId}
                  type="checkbox"
                  className="form-checkbox"
                  checked={selected.includes(need.id)}
                  onChange={(event) => toggle(need.id, event.target.checked)}
                />
                <label htmlFor={optionId} className="form-label">
                  {need.title}
                  <span className="need-option-meta">
                    {need.ownerName} · {t(`needStatuses.${need.status}`)}
                  </span>
                </label>
              </div>
            );
          })}
        </div>
        {selected.length > 0 ? (
          <p className="form-hint">{t("create.needsChosen", { count: selected.length })}</p>
        ) : null}
      </fieldset>
    </div>
  );
}
