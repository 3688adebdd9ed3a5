import { Link } from "react-router-dom";
import { useApi } from "../../../api/use-api.js";

/** A need or process the case belongs to, by its title when the reader may open it. */
export function LinkedRecord({ apiPath, to, fallback }: { apiPath: string; to: string; fallback: string }) {
  const record = useApi<{ title: string }>(apiPath);
  if (!record.data) {
    return <>{fallback}</>;
  }
  return <Link to={to}>{record.data.title}</Link>;
}
