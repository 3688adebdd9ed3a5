import { Link, Navigate, useLocation, useNavigate, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useAuth } from "../auth/auth-context.js";
import { safeNext } from "../auth/safe-next.js";
import { Alert } from "../components/alert.js";
import { PageHeading } from "../components/page-heading.js";
import { ErrorSummary, type SummaryItem } from "../forms/error-summary.js";
import type { Checked, FieldErrors } from "../forms/form-check.js";
import { PasswordField } from "../forms/password-field.js";
import { TextField } from "../forms/text-field.js";
import { useSchemaForm } from "../forms/use-schema-form.js";

export function LoginPage() {
  const { t } = useTranslation();
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const acceptedEmail = (location.state as { acceptedEmail?: string } | null)?.acceptedEmail;
  const next = safeNext(searchParams.get("next"));
  const form = useSchemaForm({
    initial: { email: acceptedEmail ?? "", password: "" },
    check: ({ email, password }): Checked<{ email: string; password: string }> => {
      const errors: FieldErrors = {};
      if (!email.trim()) {
        errors.email = t("login.emailMissing");
      }
      if (!password) {
        errors.password = t("login.passwordMissing");
      }
      return Object.keys(errors).length > 0
        ? { ok: false, errors }
        : { ok: true, body: { email: email.trim(), password } };
    },
    save: (body) => login(body.email, body.password),
    onSaved: () => void navigate(next, { replace: true }),
    fields: ["email", "password"],
    texts: { failed: t("errors.server"), byStatus: { 401: t("login.wrongCredentials"), 429: t("login.rateLimited") } },
  });
  const { values, errors: fieldErrors, set } = form;

  if (me) {
    return <Navigate to={next} replace />;
  }

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
        <ErrorSummary ref={form.summaryRef} items={items} message={form.message} />
        <form onSubmit={form.submit} noValidate>
          <TextField
            id="login-email"
            label={t("login.email")}
            type="email"
            autoComplete="username"
            value={values.email}
            onChange={set("email")}
            error={fieldErrors.email}
            required
          />
          <PasswordField
            id="login-password"
            label={t("login.password")}
            autoComplete="current-password"
            value={values.password}
            onChange={set("password")}
            error={fieldErrors.password}
          />
          <button
            type="submit"
            className="button button-primary mt-6"
            disabled={form.isSaving}
            aria-busy={form.isSaving || undefined}
          >
            {form.isSaving ? t("login.signingIn") : t("login.submit")}
          </button>
        </form>
        <p className="mt-8">
          {t("login.signupHint")} <Link to="/opret-virksomhedskonto">{t("login.signupLink")}</Link>
        </p>
      </div>
    </div>
  );
}
