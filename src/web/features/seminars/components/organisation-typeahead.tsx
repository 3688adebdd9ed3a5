import { useTranslation } from "react-i18next";
import type { OrganisationLookupItem } from "../../../../domain/organisation-views.js";
import { toQuery } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { useDebounced } from "../../../components/use-debounced.js";
import { describedBy } from "../../../forms/field-id.js";

export interface TypedOrganisation {
  name: string;
  /** Set when the name was picked from the registry; typing again clears it. */
  id: string | null;
}

/**
 * The organisation on the public registration form: typed freely, or picked from the registry's
 * matches (GET /api/organisations/lookup, open to anyone, names only). Matches are plain buttons under
 * the field, as in the app's other pickers, so keyboard, mouse and screen readers work alike.
 */
export function OrganisationTypeahead({
  id,
  label,
  value,
  onChange,
  onPick,
}: {
  id: string;
  label: string;
  value: TypedOrganisation;
  onChange: (value: TypedOrganisation) => void;
  /** Called with the picked organisation's kind (the form fills in the side from it). */
  onPick?: (item: OrganisationLookupItem) => void;
}) {
  const { t } = useTranslation("seminars");
  const query = useDebounced(value.id ? "" : value.name.trim());
  const path = query.length >= 2 ? `/api/organisations/lookup${toQuery({ q: query })}` : null;
  const matches = useApi<{ items: OrganisationLookupItem[] }>(path);
  const items = path && matches.data ? matches.data.items : [];
  const hintId = `${id}-hint`;
  const statusId = `${id}-matches`;
  return (
    <div className="form-group picker">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <p className="form-hint" id={hintId}>
        {t("typeahead.hint")}
      </p>
      <input
        id={id}
        className="form-input"
        autoComplete="organization"
        value={value.name}
        onChange={(event) => onChange({ name: event.target.value, id: null })}
        aria-describedby={describedBy(hintId, statusId)}
      />
      <p className="sr-only" id={statusId} aria-live="polite">
        {path && matches.data ? t("typeahead.count", { count: items.length }) : ""}
      </p>
      {value.id ? <p className="form-hint typeahead-picked">{t("typeahead.picked")}</p> : null}
      {items.length > 0 ? (
        <ul className="picker-results" aria-label={t("typeahead.listLabel")}>
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="picker-option"
                onClick={() => {
                  onChange({ name: item.name, id: item.id });
                  onPick?.(item);
                  window.requestAnimationFrame(() => document.getElementById(id)?.focus());
                }}
              >
                <span>{item.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
