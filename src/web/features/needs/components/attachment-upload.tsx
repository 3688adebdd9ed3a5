import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { MAX_ATTACHMENT_BYTES } from "../../../../domain/calls.js";
import { apiRequest } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { Icon } from "../../../components/icon.js";
import { describedBy } from "../../../forms/field-id.js";
import { FieldError, FieldHint } from "../../../forms/field-message.js";
import { describeFailure } from "../../../forms/form-check.js";
import { useFailureTexts } from "../../../forms/use-schema-form.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { Attachment } from "../../../../domain/calls-views.js";
import { formatSize } from "../format-size.js";

const ACCEPT = ".pdf,.docx,.xlsx,.pptx,.odt,.png,.jpg,.jpeg,.txt,.csv";

/**
 * Attaches a file to the company's own offer. Size is checked here; type is checked by the server
 * from the file's content, and its message is shown next to the field.
 */
export function AttachmentUpload({ offerId, onUploaded }: { offerId: string; onUploaded: () => void }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const failureTexts = useFailureTexts();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = "attachment-file";

  const fail = (message: string) => {
    setError(message);
    setNotice(null);
    input.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      fail(t("attachments.chooseFile"));
      return;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      fail(t("attachments.tooLarge", { size: formatSize(file.size, currentLanguage()) }));
      return;
    }
    setIsSending(true);
    try {
      const body = new FormData();
      body.append("file", file);
      const saved = await apiRequest<Attachment>(`/api/offers/${offerId}/attachments`, { method: "POST", body });
      setError(undefined);
      setFile(null);
      if (input.current) {
        input.current.value = "";
      }
      setNotice(t("attachments.uploadedNotice", { name: saved.filename }));
      onUploaded();
    } catch (failure) {
      const { fields, message } = describeFailure(failure, failureTexts, ["file"]);
      fail(fields.file ?? message ?? tc("errors.saveFailed"));
    } finally {
      setIsSending(false);
    }
  };

  return (
    <form className="attachment-upload" onSubmit={(event) => void submit(event)} noValidate>
      <div aria-live="polite">
        {notice ? (
          <Alert variant="success">
            <p>{notice}</p>
          </Alert>
        ) : null}
      </div>
      <div className={error ? "form-group form-error" : "form-group"}>
        <label className="form-label" htmlFor={id}>
          {t("attachments.file")}
        </label>
        <FieldHint id={`${id}-hint`} hint={t("attachments.fileHint")} />
        <FieldError id={`${id}-error`} message={error} />
        <input
          ref={input}
          id={id}
          type="file"
          className="form-file-input"
          accept={ACCEPT}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setError(undefined);
          }}
        />
      </div>
      <button type="submit" className="button button-secondary" disabled={isSending} aria-busy={isSending || undefined}>
        <Icon name="upload" />
        {isSending ? t("attachments.uploading") : t("attachments.upload")}
      </button>
    </form>
  );
}
