import type { ReactNode } from "react";
import { Icon } from "./icon.js";
import type { IconName } from "./icon-names.js";

type Variant = "info" | "success" | "warning" | "error";

const ICONS: Record<Variant, IconName> = { info: "info", success: "success", warning: "warning", error: "error" };

/** A DKFDS alert. `live` makes it a live region (role=alert for errors, role=status otherwise). */
export function Alert({
  variant,
  heading,
  children,
  live = false,
}: {
  variant: Variant;
  heading?: ReactNode;
  children?: ReactNode;
  live?: boolean;
}) {
  const role = live ? (variant === "error" ? "alert" : "status") : undefined;
  return (
    <div className={`alert alert-${variant}`} role={role}>
      <Icon name={ICONS[variant]} className="alert-icon" />
      <div className="alert-body">
        {heading ? <p className="alert-heading">{heading}</p> : null}
        {children ? <div className="alert-text">{children}</div> : null}
      </div>
    </div>
  );
}
