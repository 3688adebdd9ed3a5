import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert.js";
import type { DialogueEntry } from "../../../../domain/calls-views.js";

/**
 * What the closing recorded. The call's own answer does not carry the choice, so it is read from
 * the closing entry the server writes in the market-dialogue log (the chosen company and the reason).
 */
export function ClosedCallInfo({ closing }: { closing: DialogueEntry | undefined }) {
  const { t } = useTranslation("needs");
  return (
    <Alert variant="info" heading={t("close.closedHeading")}>
      {closing ? (
        <>
          <p>{closing.companyName ? t("close.chosenText", { company: closing.companyName }) : t("close.noneChosen")}</p>
          <p className="pre-line">{closing.summary}</p>
        </>
      ) : null}
    </Alert>
  );
}
