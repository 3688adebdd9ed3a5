import { Link } from "react-router-dom";
import { Icon } from "./icon.js";

export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link to={to} className="back-link">
      <Icon name="chevron-left" />
      {label}
    </Link>
  );
}
