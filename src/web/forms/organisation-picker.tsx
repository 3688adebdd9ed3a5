import { useTranslation } from "react-i18next";
import type { OrganisationKind, OrganisationPage } from "../../domain/organisation.js";
import { toQuery } from "../api/client.js";
import { SearchPicker } from "./search-picker.js";

/** An organisation chosen in a picker: enough to show it and to send its id. */
export interface PickedOrganisation {
  id: string;
  name: string;
}

/** Choose one organisation by searching for it (optionally only some kinds). */
export function OrganisationPicker({
  kinds,
  ...props
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
  return (
    <SearchPicker<OrganisationPage>
      {...props}
      pathFor={(q) => `/api/organisations${toQuery({ q, kind: kinds?.join(","), pageSize: 8 })}`}
      toOptions={(page) =>
        page.items.map((item) => ({
          id: item.id,
          name: item.name,
          meta: `${t(`kinds.${item.kind}`)}${item.municipalityName ? ` · ${item.municipalityName}` : ""}`,
        }))
      }
    />
  );
}
