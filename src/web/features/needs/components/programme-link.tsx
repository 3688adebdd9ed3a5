import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/icon.js";

/** A link out to the programme's own page, opening in a new window (and saying so). */
export function ProgrammeLink({ href, name }: { href: string; name: string }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  if (!href) {
    return null;
  }
  return (
    <a className="function-link programme-link" href={href} target="_blank" rel="noopener noreferrer">
      <Icon name="open-in-new" />
      {t("funding.readMore", { name })}
      <span className="sr-only"> ({tc("common.opensInNewWindow")})</span>
    </a>
  );
}
