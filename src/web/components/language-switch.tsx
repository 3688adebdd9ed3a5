import { useTranslation } from "react-i18next";
import { useAuth } from "../auth/auth-context.js";
import { currentLanguage } from "../i18n/i18n.js";
import { Icon } from "./icon.js";

/** Switches between Danish and English; the button names the other language in that language. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { setLanguage } = useAuth();
  const other = currentLanguage() === "da" ? "en" : "da";
  return (
    <button
      type="button"
      className={className ? `function-link language-switch ${className}` : "function-link language-switch"}
      lang={other}
      onClick={() => {
        setLanguage(other).catch((error: unknown) => console.error(error));
      }}
    >
      <Icon name="language" />
      {t("language.switchTo")}
    </button>
  );
}
