import { useEffect, useRef, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../../domain/auth.js";
import { ApiError, api } from "../../../api/client.js";
import { useAuth } from "../../../auth/auth-context.js";
import { Alert } from "../../../components/alert.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";

type Outcome = { kind: "working" } | { kind: "failed"; code: string };

/**
 * The confirmation link from the e-mail: confirms once (POST, so a mail scanner's GET confirms nothing),
 * signs the person in and takes them to their home page, which says the link awaits approval.
 */
export function SignupConfirmPage() {
  const { t } = useTranslation("signup");
  const { token = "" } = useParams();
  const { adopt } = useAuth();
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<Outcome>({ kind: "working" });
  const started = useRef(false);

  useEffect(() => {
    // Once per page, also under React's double effects in development: the link works only once.
    if (started.current) {
      return;
    }
    started.current = true;
    api
      .post<{ email: string; me: Me | null }>("/api/signup/confirm", { token })
      .then((result) => {
        if (result.me) {
          adopt(result.me);
          void navigate("/", { replace: true, state: { signupConfirmed: true } });
        } else {
          void navigate("/login", { replace: true, state: { acceptedEmail: result.email } });
        }
      })
      .catch((error: unknown) => {
        const code = error instanceof ApiError ? error.code : "failed";
        setOutcome({ kind: "failed", code });
      });
  }, [adopt, navigate, token]);

  const KNOWN = ["signup_link_unknown", "signup_link_expired", "signup_link_used"] as const;
  const failure =
    outcome.kind === "failed" ? (KNOWN.find((code) => code === outcome.code) ?? "failed") : ("failed" as const);
  return (
    <div className="row">
      <div className="col-12 col-md-10 col-lg-7">
        <PageHeading title={t("confirm.title")} />
        {outcome.kind === "working" ? <Loading label={t("confirm.working")} /> : null}
        {outcome.kind === "failed" ? (
          <>
            <Alert
              variant={outcome.code === "signup_link_used" ? "warning" : "error"}
              heading={t(`confirm.${failure}.heading`)}
            >
              <p>{t(`confirm.${failure}.text`)}</p>
            </Alert>
            <p>
              {outcome.code === "signup_link_used" ? (
                <Link to="/login">{t("confirm.toLogin")}</Link>
              ) : (
                <Link to="/opret-virksomhedskonto">{t("confirm.again")}</Link>
              )}
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
