import { useRef, useState, type FormEvent } from "react";
import { Navigate, useLocation, useNavigate, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.js";
import { useAuth } from "../auth/auth-context.js";
import { safeNext } from "../auth/safe-next.js";
import { Alert } from "../components/alert.js";
import { PageHeading } from "../components/page-heading.js";
import { ErrorSummary, type SummaryItem } from "../forms/error-summary.js";
import { TextField } from "../forms/text-field.js";

export function LoginPage() {
  const { t } = useTranslation();
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const acceptedEmail = (location.state as { acceptedEmail?: string } | null)?.acceptedEmail;
  const [email, setEmail] = useState(acceptedEmail ?? "");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const next = safeNext(searchParams.get("next"));

  if (me) {
    return <Navigate to={next} replace />;
  }

  const fail = (errors: { email?: string; password?: string }, text?: string) => {
    setFieldErrors(errors);
    setMessage(text);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: { email?: string; password?: string } = {};
    if (!email.trim()) {
      errors.email = t("login.emailMissing");
    }
    if (!password) {
      errors.password = t("login.passwordMissing");
    }
    if (errors.email || errors.password) {
      fail(errors);
      return;
    }
    setIsBusy(true);
    try {
      await login(email.trim(), password);
      navigate(next, { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        fail({}, t("login.wrongCredentials"));
      } else if (error instanceof ApiError && error.status === 429) {
        fail({}, t("login.rateLimited"));
      } else {
        fail({}, t("errors.server"));
      }
    } finally {
      setIsBusy(false);
    }
  };

  const items: SummaryItem[] = [];
  if (fieldErrors.email) {
    items.push({ target: "login-email", label: t("login.email"), message: fieldErrors.email });
  }
  if (fieldErrors.password) {
    items.push({ target: "login-password", label: t("login.password"), message: fieldErrors.password });
  }

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeading title={t("login.title")} />
        <p className="font-lead">{t("login.intro")}</p>
        {acceptedEmail ? (
          <Alert variant="success" live>
            <p>{t("login.passwordChosen")}</p>
          </Alert>
        ) : null}
        <ErrorSummary ref={summary} items={items} message={message} />
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            id="login-email"
            label={t("login.email")}
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={fieldErrors.email}
            required
          />
          <TextField
            id="login-password"
            label={t("login.password")}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={fieldErrors.password}
            required
          />
          <button type="submit" className="button button-primary mt-6" disabled={isBusy} aria-busy={isBusy || undefined}>
            {isBusy ? t("login.signingIn") : t("login.submit")}
          </button>
        </form>
      </div>
    </div>
  );
}
