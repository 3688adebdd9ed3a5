import { useEffect, type RefObject } from "react";
import { useBlocker } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../components/confirm-dialog.js";

export interface UnsavedChangesGuardProps {
  isDirty: boolean;
  /** Set just before a successful save navigates away, so that is not blocked. */
  isLeavingAfterSave: RefObject<boolean>;
}

/**
 * «Vil du forlade siden?» before a form with unsaved changes is left: the router's blocker for
 * links inside the app, the browser's own prompt for reload and closing the tab. Rendered only by
 * forms that guard (a router holds one blocker at a time).
 */
export function UnsavedChangesGuard({ isDirty, isLeavingAfterSave }: UnsavedChangesGuardProps) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && !isLeavingAfterSave.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!isDirty) {
      return;
    }
    const warn = (event: BeforeUnloadEvent) => {
      if (!isLeavingAfterSave.current) {
        event.preventDefault();
      }
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty, isLeavingAfterSave]);

  return (
    <ConfirmDialog
      isOpen={blocker.state === "blocked"}
      title={t("form.unsavedTitle")}
      confirmLabel={t("form.leave")}
      cancelLabel={t("form.stay")}
      isDanger
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>{t("form.unsavedText")}</p>
    </ConfirmDialog>
  );
}
