import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/icon.js";
import type { GoBlocker } from "../../../../domain/process/views.js";
import { tabHref, type Tab } from "../model/tabs.js";

const WHERE_TO_FIX: Record<GoBlocker["code"], Tab> = {
  agreement_open: "agreements",
  need_owner_missing: "participants",
  developer_missing: "participants",
  individual_too_many: "participants",
  network_too_small: "participants",
  test_plan_missing: "testPlans",
  implementation_plan_missing: "tasks",
};

/** What stands in the way of «go», shown before anyone tries, each with a link to where it is fixed. */
export function GoBlockers({
  id,
  processId,
  blockers,
}: {
  id: string;
  processId: string;
  blockers: readonly GoBlocker[];
}) {
  const { t } = useTranslation("processes");
  if (blockers.length === 0) {
    return null;
  }
  const describe = (blocker: GoBlocker) =>
    blocker.code === "agreement_open"
      ? t("blockers.agreement_open", { item: t(`agreementItems.${blocker.item}`) })
      : t(`blockers.${blocker.code}`);
  return (
    <div className="alert alert-warning go-blockers">
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading" id={`${id}-heading`}>
          {t("gate.blockedHeading")}
        </p>
        <div className="alert-text" id={id}>
          <p>{t("gate.blockedIntro")}</p>
          <ul>
            {blockers.map((blocker) => (
              <li key={`${blocker.code}-${"item" in blocker ? blocker.item : ""}`}>
                {describe(blocker)}{" "}
                <Link to={tabHref(processId, WHERE_TO_FIX[blocker.code])}>
                  {t(`gate.fixIn.${WHERE_TO_FIX[blocker.code]}`)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
