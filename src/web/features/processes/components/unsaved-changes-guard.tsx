import { useEffect, type RefObject } from "react";
import { useBlocker } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";

/**
 * Asks before leaving a form with unsaved changes (in the app and when closing the tab).
 * `isLeavingAfterSave` is set just before a successful save navigates away, so that is not blocked.
 */
export function UnsavedChangesGuard({ isDirty, isLeavingAfterSave }: { isDirty: boolean; isLeavingAfterSave: RefObject<boolean> }) {
  const { t } = useTranslation();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => isDirty && !isLeavingAfterSave.current && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!isDirty) {
      return;
    }
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty]);

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
