import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toQuery } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Icon } from "../../../components/icon.js";
import { useDebounced } from "../../../components/use-debounced.js";
import { FieldError } from "../../../forms/field-message.js";
import { PickerSearch } from "../../../forms/search-picker.js";
import type { ItemList } from "../../../../domain/list-views.js";
import type { Db07Code } from "../../../../domain/reference-views.js";

const MAX_CODES = 20;

/** DB07 industry codes: search as you type, add from the results, remove with the chips. */
export function Db07Picker({
  id,
  selected,
  onChange,
  error,
}: {
  id: string;
  selected: readonly { code: string; title: string }[];
  onChange: (selected: { code: string; title: string }[]) => void;
  error?: string;
}) {
  const { t } = useTranslation(["translation", "organisations"]);
  const [query, setQuery] = useState("");
  const debounced = useDebounced(query.trim());
  const path = debounced.length >= 2 ? `/api/reference/db07${toQuery({ q: debounced })}` : null;
  const results = useApi<ItemList<Db07Code>>(path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const chosen = new Set(selected.map((item) => item.code));
  const options = (results.data?.items ?? []).filter((item) => !chosen.has(item.code)).slice(0, 10);

  const add = (item: Db07Code) => {
    onChange([...selected, { code: item.code, title: item.title }]);
    setQuery("");
    window.requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  const remove = (code: string) => {
    onChange(selected.filter((item) => item.code !== code));
    window.requestAnimationFrame(() => document.getElementById(id)?.focus());
  };

  return (
    <div className={error ? "form-group form-error picker" : "form-group picker"}>
      <fieldset>
        <legend className="form-label">{t("organisations:organisation.db07")}</legend>
        {selected.length > 0 ? (
          <ul className="chip-list" aria-label={t("organisations:db07.selected")}>
            {selected.map((item) => (
              <li key={item.code}>
                <button type="button" className="tag tag-icon" onClick={() => remove(item.code)}>
                  <span>
                    {item.code} {item.title}
                  </span>
                  <span className="sr-only">, {t("organisations:db07.remove")}</span>
                  <Icon name="close" />
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="form-hint">{t("organisations:db07.noneSelected")}</p>
        )}
        <label className="form-label form-label-secondary" htmlFor={id}>
          {t("organisations:db07.search")}
        </label>
        <span className="form-hint" id={hintId}>
          {t("organisations:db07.hint")}
        </span>
        <FieldError id={errorId} message={error} />
        <PickerSearch
          id={id}
          query={query}
          onQuery={setQuery}
          error={error}
          disabled={selected.length >= MAX_CODES}
          options={
            path && results.data
              ? options.map((item) => ({
                  key: item.code,
                  content: (
                    <span>
                      <strong>{item.code}</strong> {item.title}
                      <span className="sr-only">, {t("organisations:db07.add")}</span>
                    </span>
                  ),
                  choose: () => add(item),
                }))
              : null
          }
        />
      </fieldset>
    </div>
  );
}
