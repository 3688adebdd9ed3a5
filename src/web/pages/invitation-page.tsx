import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { AcceptInvitation } from "../../domain/auth.js";
import { issuesToFields } from "../../domain/validation.js";
import { ApiError, api } from "../api/client.js";
import type { Invitation } from "../api/types.js";
import { useApi } from "../api/use-api.js";
import { Alert } from "../components/alert.js";
import { Loading } from "../components/loading.js";
import { PageHeading } from "../components/page-heading.js";
import { ErrorSummary, type SummaryItem } from "../forms/error-summary.js";
import { TextField } from "../forms/text-field.js";
import { currentLanguage } from "../i18n/i18n.js";

export function InvitationPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const navigate = useNavigate();
  const invitation = useApi<Invitation>(`/api/invitations/${encodeURIComponent(token)}`);
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const fail = (fields: { password?: string; repeat?: string }, text?: string) => {
    setErrors(fields);
    setMessage(text);
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = AcceptInvitation.safeParse({ password });
    const fields: { password?: string; repeat?: string } = parsed.success ? {} : { password: issuesToFields(parsed.error.issues, currentLanguage()).password };
    if (parsed.success && password !== repeat) {
      fields.repeat = t("invitation.mismatch");
    }
    if (fields.password || fields.repeat) {
      fail(fields);
      return;
    }
    setIsBusy(true);
    try {
      const accepted = await api.post<{ email: string }>("/api/invitations/accept", { token, password });
      navigate(`/login`, { state: { acceptedEmail: accepted.email } });
    } catch (error) {
      if (error instanceof ApiError && error.fields.password) {
        fail({ password: error.fields.password });
      } else if (error instanceof ApiError && error.status < 500) {
        fail({}, t("invitation.acceptFailed"));
      } else {
        fail({}, t("errors.server"));
      }
    } finally {
      setIsBusy(false);
    }
  };

  const title = t("invitation.title");
  // One layout for every state, so the h1 stays the same element (focus is not lost).
  const frame = (body: ReactNode) => (
    <div className="row">
      <div className="col-12 col-md-10 col-lg-7">
        <PageHeading title={title} />
        {body}
      </div>
    </div>
  );

  if (invitation.isLoading) {
    return frame(<Loading />);
  }
  if (invitation.error || !invitation.data) {
    const isUnknown = invitation.error instanceof ApiError && invitation.error.status === 404;
    return frame(
      <>
        <Alert variant="error" heading={isUnknown ? t("invitation.unknownHeading") : t("errors.loadFailed")}>
          <p>{isUnknown ? t("invitation.unknownText") : t("errors.server")}</p>
        </Alert>
        <p>
          <Link to="/login">{t("invitation.toLogin")}</Link>
        </p>
      </>,
    );
  }
  if (invitation.data.status !== "valid") {
    const isUsed = invitation.data.status === "used";
    return frame(
      <>
        <Alert variant="warning" heading={isUsed ? t("invitation.usedHeading") : t("invitation.expiredHeading")}>
          <p>{isUsed ? t("invitation.usedText") : t("invitation.expiredText")}</p>
        </Alert>
        <p>
          <Link to="/login">{t("invitation.toLogin")}</Link>
        </p>
      </>,
    );
  }

  const items: SummaryItem[] = [];
  if (errors.password) {
    items.push({ target: "invitation-password", label: t("invitation.password"), message: errors.password });
  }
  if (errors.repeat) {
    items.push({ target: "invitation-repeat", label: t("invitation.repeat"), message: errors.repeat });
  }

  return frame(
    <>
      <p className="font-lead">{t("invitation.welcome", { name: invitation.data.name })}</p>
      <p>
        {t("invitation.accountFor")} <strong>{invitation.data.email}</strong>
      </p>
      <ErrorSummary ref={summary} items={items} message={message} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <input type="email" name="username" autoComplete="username" value={invitation.data.email} readOnly hidden />
        <TextField
          id="invitation-password"
          label={t("invitation.password")}
          hint={t("invitation.passwordHint")}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          required
        />
        <TextField
          id="invitation-repeat"
          label={t("invitation.repeat")}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          error={errors.repeat}
          required
        />
        <button type="submit" className="button button-primary mt-6" disabled={isBusy}>
          {t("invitation.submit")}
        </button>
      </form>
    </>,
  );
}
