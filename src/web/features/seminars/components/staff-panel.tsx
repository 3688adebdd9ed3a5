import { useState } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { canMoveSeminar } from "../../../../domain/seminars/rules.js";
import type { SeminarState } from "../../../../domain/seminars/schemas.js";
import type { SeminarDetail } from "../../../../domain/seminars/views.js";
import { api } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { errorText } from "../shared.js";

type Move = Exclude<SeminarState, "draft">;

/** The moves offered from each state, in the order the buttons show them. */
const MOVES: readonly Move[] = ["published", "held", "closed", "cancelled"];

/**
 * The staff view of a seminar: its state, the links to edit, invite and check in, and the state changes.
 * Every change asks first: none can be undone, and cancelling a published seminar mails everyone.
 */
export function StaffPanel({ seminar, onChanged }: { seminar: SeminarDetail; onChanged: () => void }) {
  const { t } = useTranslation("seminars");
  const [asking, setAsking] = useState<Move | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [moved, setMoved] = useState<Move | null>(null);
  const moves = MOVES.filter((to) => canMoveSeminar(seminar.status, to));
  const isEditable = seminar.status !== "closed" && seminar.status !== "cancelled";
  // A cancellation notice goes to the registered and wait-listed people of a published seminar only.
  const cancelBody =
    seminar.status === "published" ? t("actions.confirm.cancelledPublished") : t("actions.confirm.cancelledDraft");

  const move = async (to: Move) => {
    setIsBusy(true);
    setError(null);
    try {
      await api.post(`/api/seminars/${seminar.id}/status`, { status: to });
      setMoved(to);
      onChanged();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setIsBusy(false);
      setAsking(null);
    }
  };

  return (
    <section className="seminar-staff" aria-labelledby="seminar-staff-heading">
      <h2 id="seminar-staff-heading" className="h3 mt-0">
        {t("actions.heading")}
      </h2>
      <p>
        {t("actions.state")}: <strong className="seminar-state">{t(`states.${seminar.status}`)}</strong>
      </p>
      {moved ? (
        <Alert variant="success" live>
          <p>{t(`actions.done.${moved}`)}</p>
        </Alert>
      ) : null}
      {error ? (
        <Alert variant="error" live>
          <p>{error}</p>
        </Alert>
      ) : null}
      <ul className="seminar-staff-links nobullet-list">
        {isEditable ? (
          <li>
            <Link to={`/seminarer/${seminar.id}/rediger`}>{t("actions.edit")}</Link>
          </li>
        ) : null}
        <li>
          <Link to={`/seminarer/${seminar.id}/invitationer`}>{t("actions.invitations")}</Link>
        </li>
        <li>
          <Link to={`/seminarer/${seminar.id}/deltagere`}>{t("detail.staffLink")}</Link>
        </li>
      </ul>
      {moves.length > 0 ? (
        <div className="button-group seminar-actions">
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className={
                to === "cancelled"
                  ? "button button-secondary"
                  : to === moves[0]
                    ? "button button-primary"
                    : "button button-secondary"
              }
              disabled={isBusy}
              onClick={() => setAsking(to)}
            >
              {t(`actions.to.${to}`)}
            </button>
          ))}
        </div>
      ) : null}
      <ConfirmDialog
        isOpen={asking !== null}
        title={asking ? t(`actions.confirm.${asking}Title`) : ""}
        confirmLabel={asking ? t(`actions.to.${asking}`) : ""}
        cancelLabel={t("actions.keep")}
        isDanger={asking === "cancelled"}
        isBusy={isBusy}
        onConfirm={() => {
          if (asking) {
            void move(asking);
          }
        }}
        onCancel={() => setAsking(null)}
      >
        <p>{asking === "cancelled" ? cancelBody : asking ? t(`actions.confirm.${asking}`) : ""}</p>
      </ConfirmDialog>
    </section>
  );
}
