import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toQuery } from "../../../api/client.js";
import type { ItemList } from "../../../../domain/list-views.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import type { DialogueEntry, Offer, OpenCallDetail } from "../../../../domain/calls-views.js";
import { CloseCallForm } from "./close-call-form.js";
import { ClosedCallInfo } from "./closed-call-info.js";
import { DialogueForm } from "./dialogue-form.js";
import { DialogueLog } from "./dialogue-log.js";
import { OffersSection } from "./offers-section.js";

/** What the call's institution, the agents and the programme manager work with: offers, market dialogue, closing. */
export function ManagerSections({ call, onChanged }: { call: OpenCallDetail; onChanged: () => void }) {
  const { t } = useTranslation("needs");
  const [query, setQuery] = useState("");
  const [isJustClosed, setIsJustClosed] = useState(false);
  const offers = useApi<{ items: Offer[]; total: number }>(`/api/calls/${call.id}/offers${toQuery({ q: query })}`);
  const allOffers = useApi<{ items: Offer[]; total: number }>(`/api/calls/${call.id}/offers`);
  const dialogue = useApi<ItemList<DialogueEntry>>(`/api/calls/${call.id}/dialogue`);
  const closing = dialogue.data?.items.find((entry) => entry.kind === "closing");
  const isClosed = call.status === "closed";

  return (
    <>
      <div aria-live="polite">
        {isJustClosed ? (
          <Alert variant="success">
            <p>{t("close.closedNotice")}</p>
          </Alert>
        ) : null}
      </div>
      {isClosed ? <ClosedCallInfo closing={closing} /> : null}
      <OffersSection
        callId={call.id}
        offers={offers}
        query={query}
        onSearch={setQuery}
        chosenCompanyId={isClosed ? (closing?.companyId ?? null) : null}
      />
      <section className="manager-section" aria-labelledby="dialogue-heading">
        <h2 className="h3" id="dialogue-heading">
          {t("dialogue.heading")}
        </h2>
        <p>{t("dialogue.intro")}</p>
        <DialogueLog dialogue={dialogue} />
        {!isClosed ? <DialogueForm callId={call.id} onSaved={dialogue.reload} /> : null}
      </section>
      {!isClosed && allOffers.data ? (
        <CloseCallForm
          callId={call.id}
          offers={allOffers.data.items}
          onClosed={() => {
            setIsJustClosed(true);
            dialogue.reload();
            onChanged();
            document.querySelector<HTMLElement>("main h1")?.focus();
          }}
        />
      ) : null}
    </>
  );
}
