import { useState, type ReactNode } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { SIGNUP_KINDS, SignupBody, type SignupKind } from "../../../../domain/signup.js";
import { api } from "../../../api/client.js";
import { useAuth } from "../../../auth/auth-context.js";
import { Alert } from "../../../components/alert.js";
import { PageHeading } from "../../../components/page-heading.js";
import { ErrorSummary, type SummaryItem } from "../../../forms/error-summary.js";
import { checkWith } from "../../../forms/form-check.js";
import { NewPasswordFields, withRepeatChecked } from "../../../forms/new-password-fields.js";
import { SelectField } from "../../../forms/select-field.js";
import { TextField } from "../../../forms/text-field.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";

const FIELDS = ["kind", "cvr", "organisationName", "name", "email", "password", "repeat"] as const;
type FieldName = (typeof FIELDS)[number];

/** Public: a company or knowledge institution creates an account; staff approve the link to the organisation. */
export function SignupPage() {
  const { t } = useTranslation("signup");
  const { me } = useAuth();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useSchemaForm({
    initial: {
      kind: "company" as SignupKind,
      cvr: "",
      organisationName: "",
      name: "",
      email: "",
      password: "",
      repeat: "",
    },
    check: ({ repeat, ...values }, language) => {
      const checked = checkWith(SignupBody, { ...values, cvr: values.cvr.replace(/\s/g, "") }, language);
      return withRepeatChecked(checked, values.password, repeat, t("form.mismatch"));
    },
    save: (body) => api.post<{ email: string }>("/api/signup", body),
    onSaved: (result) => {
      setSentTo(result.email);
      window.scrollTo(0, 0);
    },
    fields: FIELDS,
    texts: { byStatus: { 429: t("form.rateLimited") } },
  });
  const { values, errors, set } = form;

  const frame = (body: ReactNode) => (
    <div className="row">
      <div className="col-12 col-md-10 col-lg-7">
        <PageHeading title={t("form.title")} />
        {body}
      </div>
    </div>
  );

  if (sentTo) {
    return frame(
      <Alert variant="success" heading={t("sent.heading")} live>
        <p>{t("sent.text", { email: sentTo })}</p>
        <p>{t("sent.next")}</p>
      </Alert>,
    );
  }

  const items: SummaryItem[] = FIELDS.filter((field) => errors[field]).map((field: FieldName) => ({
    target: `signup-${field}`,
    label: t(`form.${field}`),
    message: errors[field],
  }));

  return frame(
    <>
      <p className="font-lead">{t("form.intro")}</p>
      {me ? (
        <Alert variant="info">
          <p>{t("form.signedIn", { name: me.name })}</p>
        </Alert>
      ) : null}
      <p>
        {t("form.haveAccount")} <Link to="/login">{t("form.toLogin")}</Link>
      </p>
      <ErrorSummary ref={form.summaryRef} items={items} message={form.message} />
      <form onSubmit={form.submit} noValidate>
        <fieldset>
          <legend className="h3">{t("form.organisationLegend")}</legend>
          <SelectField
            id="signup-kind"
            label={t("form.kind")}
            value={values.kind}
            onChange={(value) => set("kind")(value as SignupKind)}
            error={errors.kind}
            required
          >
            {SIGNUP_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="signup-cvr"
            label={t("form.cvr")}
            hint={t("form.cvrHint")}
            inputMode="numeric"
            autoComplete="off"
            widthClass="input-width-s"
            value={values.cvr}
            onChange={set("cvr")}
            error={errors.cvr}
            required
          />
          <TextField
            id="signup-organisationName"
            label={t("form.organisationName")}
            autoComplete="organization"
            value={values.organisationName}
            onChange={set("organisationName")}
            error={errors.organisationName}
            required
          />
        </fieldset>
        <fieldset>
          <legend className="h3">{t("form.personLegend")}</legend>
          <TextField
            id="signup-name"
            label={t("form.name")}
            autoComplete="name"
            value={values.name}
            onChange={set("name")}
            error={errors.name}
            required
          />
          <TextField
            id="signup-email"
            label={t("form.email")}
            hint={t("form.emailHint")}
            type="email"
            autoComplete="username"
            value={values.email}
            onChange={set("email")}
            error={errors.email}
            required
          />
          <NewPasswordFields
            idPrefix="signup"
            texts={{ password: t("form.password"), hint: t("form.passwordHint"), repeat: t("form.repeat") }}
            values={values}
            set={set}
            errors={errors}
          />
        </fieldset>
        <p className="mt-6">{t("form.approvalNote")}</p>
        <button
          type="submit"
          className="button button-primary"
          disabled={form.isSaving}
          aria-busy={form.isSaving || undefined}
        >
          {form.isSaving ? t("form.sending") : t("form.submit")}
        </button>
      </form>
    </>,
  );
}
