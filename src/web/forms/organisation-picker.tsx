import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OrganisationKind, OrganisationPage } from "../../domain/organisation.js";
import { toQuery } from "../api/client.js";
import { useApi } from "../api/use-api.js";
import { useDebounced } from "../components/use-debounced.js";
import { describedBy } from "./field-id.js";
import { FieldError, FieldHint } from "./field-message.js";
import { LabelText } from "./field-label.js";
import type { PickedOrganisation } from "./organisation-form-state.js";

/**
 * Choose one organisation by searching for it. Results are a list of buttons (no custom
 * combobox), which works the same with keyboard, mouse and screen readers.
 */
export function OrganisationPicker({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  kinds,
  required,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: PickedOrganisation | null;
  onChange: (value: PickedOrganisation | null) => void;
  kinds?: readonly OrganisationKind[];
  required?: boolean;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const debounced = useDebounced(query.trim());
  const path = debounced.length >= 2 ? `/api/organisations${toQuery({ q: debounced, kind: kinds?.join(","), pageSize: 8 })}` : null;
  const results = useApi<OrganisationPage>(path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;

  const choose = (picked: PickedOrganisation | null) => {
    onChange(picked);
    setQuery("");
    window.requestAnimationFrame(() => document.getElementById(id)?.focus());
  };

  return (
    <div className={error ? "form-group form-error picker" : "form-group picker"}>
      {value ? (
        <>
          <p className="form-label" id={`${id}-label`}>
            <LabelText label={label} required={required} />
          </p>
          <FieldHint id={hintId} hint={hint} />
          <FieldError id={errorId} message={error} />
          <p className="picker-selected">
            <strong>{value.name}</strong>{" "}
            <button
              type="button"
              id={id}
              className="function-link"
              aria-describedby={describedBy(`${id}-label`)}
              onClick={() => choose(null)}
            >
              {t("picker.change")}
            </button>
          </p>
        </>
      ) : (
        <>
          <label className="form-label" htmlFor={id}>
            <LabelText label={label} required={required} />
          </label>
          <FieldHint id={hintId} hint={hint ?? t("picker.hint")} />
          <FieldError id={errorId} message={error} />
          <input
            id={id}
            type="search"
            className="form-input input-width-l"
            value={query}
            autoComplete="off"
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
              }
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(hintId, error && errorId, statusId)}
          />
          <p className="sr-only" id={statusId} role="status">
            {path && results.data ? t("picker.resultCount", { count: results.data.items.length }) : ""}
          </p>
          {path && results.data && results.data.items.length > 0 ? (
            <ul className="picker-results">
              {results.data.items.map((item) => (
                <li key={item.id}>
                  <button type="button" className="picker-option" onClick={() => choose({ id: item.id, name: item.name })}>
                    <span>{item.name}</span>
                    <span className="picker-option-meta">
                      {t(`kinds.${item.kind}`)}
                      {item.municipalityName ? ` · ${item.municipalityName}` : ""}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {path && results.data && results.data.items.length === 0 ? <p className="picker-empty">{t("picker.noResults")}</p> : null}
        </>
      )}
    </div>
  );
}
