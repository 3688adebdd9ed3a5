import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * The page's h1 and <title>. The h1 can take focus: the layout moves focus here after each
 * route change, so screen reader users hear where they are.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t("app.name")}`;
  }, [title, t]);
  return (
    <h1 tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
