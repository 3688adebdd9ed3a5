import { useTranslation } from "react-i18next";
import { PUBLIC_KINDS } from "../../../../domain/organisation.js";
import { fieldId } from "../../../forms/field-id.js";
import { OrganisationPicker, type PickedOrganisation } from "../../../forms/organisation-picker.js";

/**
 * The co-owners of a joint need: the chosen ones as a list, each with a remove button, and a
 * search that adds one more. The search always starts empty, so adding several is one search each.
 */
export function CoOwnersField({
  value,
  ownerId,
  onChange,
  error,
}: {
  value: PickedOrganisation[];
  ownerId: string | null;
  onChange: (value: PickedOrganisation[]) => void;
  error?: string;
}) {
  const { t } = useTranslation("needs");
  const add = (picked: PickedOrganisation | null) => {
    if (picked && picked.id !== ownerId && !value.some((item) => item.id === picked.id)) {
      onChange([...value, picked]);
    }
  };
  return (
    <div className="co-owners">
      <p className="form-label" id="co-owners-label">
        {t("form.coOwners")}
      </p>
      {value.length > 0 ? (
        <ul className="nobullet-list co-owner-list" aria-labelledby="co-owners-label">
          {value.map((item) => (
            <li key={item.id}>
              {item.name}{" "}
              <button
                type="button"
                className="function-link"
                aria-label={t("form.coOwnerRemove", { name: item.name })}
                onClick={() => onChange(value.filter((other) => other.id !== item.id))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{t("form.noCoOwners")}</p>
      )}
      <OrganisationPicker
        id={fieldId("coOwnerIds")}
        label={t("form.coOwnerAdd")}
        hint={t("form.coOwnersHint")}
        value={null}
        onChange={add}
        error={error}
        kinds={PUBLIC_KINDS}
      />
    </div>
  );
}
