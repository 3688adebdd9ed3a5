import { useTranslation } from "react-i18next";
import { callState } from "../call-deadline.js";

export function CallStateBadge({ call }: { call: { status: string; isOpenForOffers: boolean } }) {
  const { t } = useTranslation("needs");
  const state = callState(call);
  const className =
    state === "open" ? "badge badge-success" : state === "closed" ? "badge badge-neutral" : "badge badge-warning";
  return (
    <span className={className}>
      {state === "open" ? t("call.open") : state === "closed" ? t("call.closed") : t("call.deadlinePassed")}
    </span>
  );
}
