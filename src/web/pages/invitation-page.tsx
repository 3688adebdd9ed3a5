import type { ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { AcceptInvitation, type Me } from "../../domain/auth.js";
import { useAuth } from "../auth/auth-context.js";
import { safeNext } from "../auth/safe-next.js";
import { ApiError, api } from "../api/client.js";
import type { Invitation } from "../../domain/user-views.js";
import { useApi } from "../api/use-api.js";
import { Alert } from "../components/alert.js";
import { Loading } from "../components/loading.js";
import { PageHeading } from "../components/page-heading.js";
import { ErrorSummary, type SummaryItem } from "../forms/error-summary.js";
import { checkWith } from "../forms/form-check.js";
import { NewPasswordFields, withRepeatChecked } from "../forms/new-password-fields.js";
import { useSchemaForm } from "../forms/use-schema-form.js";

export function InvitationPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const navigate = useNavigate();
  const { adopt } = useAuth();
  const invitation = useApi<Invitation>(`/api/invitations/${encodeURIComponent(token)}`);
  const form = useSchemaForm({
    initial: { password: "", repeat: "" },
    check: ({ password, repeat }, language) => {
      const checked = checkWith(AcceptInvitation, { password }, language);
      return withRepeatChecked(checked, password, repeat, t("invitation.mismatch"));
    },
    save: ({ password }) => api.post<{ email: string; me: Me | null }>("/api/invitations/accept", { token, password }),
    // Signed in at once; only an account that cannot sign in (disabled meanwhile) goes to the login page.
    onSaved: (accepted) => {
      if (accepted.me) {
        adopt(accepted.me);
        void navigate(safeNext(null), { replace: true });
      } else {
        void navigate(`/login`, { state: { acceptedEmail: accepted.email } });
      }
    },
    fields: ["password"],
    texts: {
      forbidden: t("invitation.acceptFailed"),
      notFound: t("invitation.acceptFailed"),
      failed: t("errors.server"),
    },
  });
  const { values, errors, set } = form;

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
      <ErrorSummary ref={form.summaryRef} items={items} message={form.message} />
      <form onSubmit={form.submit} noValidate>
        <input type="email" name="username" autoComplete="username" value={invitation.data.email} readOnly hidden />
        <NewPasswordFields
          idPrefix="invitation"
          texts={{
            password: t("invitation.password"),
            hint: t("invitation.passwordHint"),
            repeat: t("invitation.repeat"),
          }}
          values={values}
          set={set}
          errors={errors}
        />
        <button
          type="submit"
          className="button button-primary mt-6"
          disabled={form.isSaving}
          aria-busy={form.isSaving || undefined}
        >
          {t("invitation.submit")}
        </button>
      </form>
    </>,
  );
}
