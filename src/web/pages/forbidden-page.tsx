import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../components/page-heading.js";

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t("forbidden.title")} />
      <p className="font-lead">{t("forbidden.text")}</p>
      <p>
        <Link to="/">{t("common.toFrontPage")}</Link>
      </p>
    </>
  );
}
