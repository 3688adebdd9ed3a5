import type { Blocker } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";

/** «Vil du forlade siden?» while a navigation is held because of unsaved changes. */
export function LeaveDialog({ blocker }: { blocker: Blocker }) {
  const { t } = useTranslation();
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
