import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.js";
import { Alert } from "./alert.js";

/** What a page shows, for its refusal texts: «Du har ikke adgang til dette behov». */
export type Thing = "need" | "process" | "assessment" | "businessCase" | "call" | "organisation";

/**
 * What went wrong when a page could not load its data. A refusal (403) or a thing that is not there,
 * or not there for this reader (404), says so in words about the thing, without «Prøv igen»: trying
 * again changes nothing. A network or server failure offers to try again.
 */
export function ErrorState({ error, onRetry, thing }: { error: unknown; onRetry?: () => void; thing?: Thing }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  const refused = status === 403 || status === 404;
  const named = thing ? t(`errors.things.${thing}`) : undefined;
  const message =
    status === 404
      ? named
        ? t("errors.notFoundThing", { thing: named })
        : t("errors.notFound")
      : status === 403
        ? named
          ? t("errors.forbiddenThing", { thing: named })
          : t("errors.forbidden")
        : status === 0
          ? t("errors.network")
          : t("errors.server");
  return (
    <Alert variant="error" heading={t("errors.loadFailed")} live>
      <p>{message}</p>
      {onRetry && !refused ? (
        <button type="button" className="button button-secondary mt-3" onClick={onRetry}>
          {t("common.retry")}
        </button>
      ) : null}
    </Alert>
  );
}
