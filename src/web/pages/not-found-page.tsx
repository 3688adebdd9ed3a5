import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../components/page-heading.js";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t("notFound.title")} />
      <p className="font-lead">{t("notFound.text")}</p>
      <p>
        <Link to="/">{t("common.toFrontPage")}</Link>
      </p>
    </>
  );
}
