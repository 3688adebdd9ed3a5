import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.js";
import { Alert } from "./alert.js";

/** What went wrong when a page could not load its data, with a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  const message =
    status === 404
      ? t("errors.notFound")
      : status === 403
        ? t("errors.forbidden")
        : status === 0
          ? t("errors.network")
          : t("errors.server");
  return (
    <Alert variant="error" heading={t("errors.loadFailed")} live>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button button-secondary mt-3" onClick={onRetry}>
          {t("common.retry")}
        </button>
      ) : null}
    </Alert>
  );
}
