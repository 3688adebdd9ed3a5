import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { ProcessDetail } from "../../../../domain/process/views.js";
import { api } from "../../../api/client.js";
import { useAuth } from "../../../auth/auth-context.js";
import { Alert } from "../../../components/alert.js";

/**
 * A finished or stopped process becomes a draft case in the knowledge base in one action (agents and
 * the programme manager); the draft opens for editing and approval.
 */
export function CaseFromProcess({ process }: { process: ProcessDetail }) {
  const { t } = useTranslation("processes");
  const { me } = useAuth();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const isStaff = me?.role === "agent" || me?.role === "admin";
  if (!isStaff || process.status === "active") {
    return null;
  }
  const make = async () => {
    setIsBusy(true);
    setFailure(null);
    try {
      const entry = await api.post<{ id: string }>("/api/knowledge/from-process", { processId: process.id });
      void navigate(`/viden/${entry.id}/redaktion`);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setIsBusy(false);
    }
  };
  return (
    <div className="case-from-process">
      <p>{t("detail.makeCaseHint")}</p>
      {failure ? (
        <Alert variant="error" live>
          <p>{t("detail.makeCaseFailed", { message: failure })}</p>
        </Alert>
      ) : null}
      <button type="button" className="button button-secondary" disabled={isBusy} onClick={() => void make()}>
        {t("detail.makeCase")}
      </button>
    </div>
  );
}
