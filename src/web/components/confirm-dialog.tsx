import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * A modal confirmation on the native <dialog>: the browser traps focus, Esc cancels, and
 * focus returns to the button that opened it. Styled as a DKFDS modal.
 */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  cancelLabel,
  isDanger = false,
  isBusy = false,
  onConfirm,
  onCancel,
}: {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  isDanger?: boolean;
  isBusy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) {
      return;
    }
    if (isOpen && !dialog.open) {
      dialog.showModal();
      // Start on the safe choice: the confirming action may be destructive.
      cancelButton.current?.focus();
    } else if (!isOpen && dialog.open) {
      dialog.close();
    }
  }, [isOpen]);

  return (
    <dialog
      ref={ref}
      className="fds-modal samspil-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <div className="modal-content">
        <div className="modal-header">
          <h2 className="modal-title" id={titleId}>
            {title}
          </h2>
        </div>
        <div className="modal-body" id={bodyId}>
          {children}
        </div>
        <div className="modal-footer">
          <button
            type="button"
            className={isDanger ? "button button-warning" : "button button-primary"}
            onClick={onConfirm}
            disabled={isBusy}
            aria-busy={isBusy || undefined}
          >
            {confirmLabel}
          </button>
          <button ref={cancelButton} type="button" className="button button-secondary" onClick={onCancel}>
            {cancelLabel ?? t("common.cancel")}
          </button>
        </div>
      </div>
    </dialog>
  );
}
