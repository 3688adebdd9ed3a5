import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { PickedOrganisation } from "../../../forms/organisation-picker.js";
import { OrganisationPicker } from "../../../forms/organisation-picker.js";

const PARTNER_KINDS = ["company", "knowledge_institution"] as const;

/** For agents: pick a company or knowledge institution and see the needs it fits best. */
export function ReverseMatchPicker() {
  const { t } = useTranslation("needs");
  const navigate = useNavigate();
  const [partner, setPartner] = useState<PickedOrganisation | null>(null);
  return (
    <section className="reverse-match" aria-labelledby="reverse-match-heading">
      <h2 id="reverse-match-heading" className="h4">
        {t("list.reverseHeading")}
      </h2>
      <p>{t("list.reverseText")}</p>
      <OrganisationPicker
        id="reverse-match-partner"
        label={t("list.reversePicker")}
        value={partner}
        onChange={setPartner}
        kinds={PARTNER_KINDS}
      />
      {partner ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => navigate(`/organisationer/${partner.id}/behov-match`)}
        >
          {t("list.reverseGo")}
        </button>
      ) : null}
    </section>
  );
}
