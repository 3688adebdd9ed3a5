import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/icon.js";

/** For visitors: how a company answers the call. */
export function CallLoginPrompt({ callId }: { callId: string }) {
  const { t } = useTranslation("needs");
  return (
    <section className="call-login" aria-labelledby="call-login-heading">
      <h2 className="h3" id="call-login-heading">
        {t("callDetail.loginHeading")}
      </h2>
      <p>{t("callDetail.loginText")}</p>
      <Link to={`/login?next=${encodeURIComponent(`/opslag/${callId}`)}`} className="button button-primary">
        <Icon name="lock" />
        {t("callDetail.loginLink")}
      </Link>
      <p className="mt-4">
        {t("callDetail.signupHint")} <Link to="/opret-virksomhedskonto">{t("callDetail.signupLink")}</Link>
      </p>
    </section>
  );
}
