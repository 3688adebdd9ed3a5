import { useTranslation } from "react-i18next";
import { useMe } from "../auth/auth-context.js";
import { Icon } from "../components/icon.js";
import { PageHeading } from "../components/page-heading.js";
import { roleLabel } from "../components/role-label.js";
import { ReadOnlyField } from "../forms/read-only-field.js";

/** «Mine data»: the signed-in person's account and a download of everything held about them (GDPR Art. 15/20). */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeading title={t("account.title")} />
      <p className="font-lead">{t("account.intro")}</p>
      <h2>{t("account.detailsHeading")}</h2>
      <ReadOnlyField label={t("account.name")} value={me.name} />
      <ReadOnlyField label={t("account.email")} value={me.email} />
      <ReadOnlyField label={t("account.role")} value={roleLabel(t, me.role)} />
      {me.organisationName ? <ReadOnlyField label={t("account.organisation")} value={me.organisationName} /> : null}
      <h2>{t("account.exportHeading")}</h2>
      <p>{t("account.exportText")}</p>
      <a className="button button-primary" href="/api/me/export" download>
        <Icon name="download" />
        {t("account.exportButton")}
      </a>
      <p className="mt-5">{t("account.erasureText")}</p>
    </>
  );
}
