import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ADOPTION_LEVELS, type AdoptionLevel } from "../../../../domain/knowledge/entries.js";
import type { KnowledgePage } from "../../../../domain/knowledge/views.js";
import { ApiError, api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { isStaff } from "../../../auth/permissions.js";
import { Alert } from "../../../components/alert.js";
import { formatDate } from "../../../components/format.js";
import { SearchPicker, type PickedRecord } from "../../../forms/search-picker.js";
import { readerLanguage } from "../labels.js";

interface AreaAdoptionsAnswer {
  area: { code: string; name: string; kind: "municipality" | "region" };
  items: { entryId: string; title: string; level: AdoptionLevel; recordedAt: string }[];
}

/** An agent records that this municipality considers, pilots or has implemented a published case. */
function RecordAdoptionForm({ areaCode, onRecorded }: { areaCode: string; onRecorded: () => void }) {
  const { t } = useTranslation("knowledge");
  const [picked, setPicked] = useState<PickedRecord | null>(null);
  const [level, setLevel] = useState<AdoptionLevel>("considering");
  const [note, setNote] = useState("");
  const [failure, setFailure] = useState<{ field: string | null; message: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!picked) {
      setFailure({ field: "entryId", message: t("adoptions.chooseCase") });
      return;
    }
    setIsSaving(true);
    try {
      await api.post(`/api/knowledge/${picked.id}/adoptions`, { areaCode, level, note });
      setNote("");
      setPicked(null);
      onRecorded();
    } catch (error) {
      const field = error instanceof ApiError ? (Object.keys(error.fields)[0] ?? null) : null;
      const message =
        error instanceof ApiError && field ? (error.fields[field] ?? error.message) : (error as Error).message;
      setFailure({ field, message });
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form className="knowledge-adoption-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="h4">{t("adoptions.recordHeading")}</h3>
      {failure ? (
        <Alert variant="error" live>
          <p>{t("draft.error", { message: failure.message })}</p>
        </Alert>
      ) : null}
      {/* Found by searching (a word of the title or summary): a list of every case is too long to choose from. */}
      <SearchPicker<KnowledgePage>
        id="adoption-case"
        label={t("adoptions.case")}
        hint={t("adoptions.caseHint")}
        value={picked}
        onChange={setPicked}
        error={failure?.field === "entryId" ? failure.message : undefined}
        pathFor={(q) => `/api/knowledge?${new URLSearchParams({ kind: "case", q, limit: "8" }).toString()}`}
        toOptions={(answer) => answer.items.map((item) => ({ id: item.id, name: item.title, meta: item.summary }))}
      />
      <fieldset className="form-group">
        <legend className="form-label">{t("adoptions.level")}</legend>
        {ADOPTION_LEVELS.map((value) => (
          <div className="form-group-radio" key={value}>
            <input
              type="radio"
              className="form-radio radio-large"
              id={`adoption-level-${value}`}
              name="adoption-level"
              value={value}
              checked={level === value}
              onChange={() => setLevel(value)}
            />
            <label htmlFor={`adoption-level-${value}`}>{t(`levels.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="form-group">
        <label className="form-label" htmlFor="adoption-note">
          {t("adoptions.note")}
        </label>
        <input
          id="adoption-note"
          className="form-input"
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={isSaving}>
        {t("adoptions.record")}
      </button>
    </form>
  );
}

/**
 * The cases a municipality (or region) has taken up, on its organisation page; agents and the programme
 * manager record a new adoption here too, without going through the case.
 */
export function AreaAdoptions({ areaCode }: { areaCode: string }) {
  const { t, i18n } = useTranslation("knowledge");
  const me = useMe();
  const language = readerLanguage(i18n.language);
  const answer = useApi<AreaAdoptionsAnswer>(`/api/knowledge/areas/${encodeURIComponent(areaCode)}/adoptions`);
  const [notice, setNotice] = useState(false);
  const items = answer.data?.items ?? [];
  return (
    <section className="knowledge-section knowledge-adoptions" aria-labelledby="area-adoptions-heading">
      <h2 className="h3" id="area-adoptions-heading">
        {t("adoptions.heading")}
      </h2>
      {answer.data && items.length === 0 ? <p>{t("adoptions.none")}</p> : null}
      {items.length > 0 ? (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="area-adoptions-heading">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("adoptions.case")}</th>
                <th scope="col">{t("adoptions.level")}</th>
                <th scope="col">{t("adoptions.recorded")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.entryId}>
                  <td>
                    <Link to={`/viden/${item.entryId}`}>{item.title}</Link>
                  </td>
                  <td>{t(`levels.${item.level}`)}</td>
                  <td>{formatDate(item.recordedAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {notice ? (
        <Alert variant="success" live>
          <p>{t("adoptions.recordedNotice")}</p>
        </Alert>
      ) : null}
      {isStaff(me) ? (
        <RecordAdoptionForm
          areaCode={areaCode}
          onRecorded={() => {
            setNotice(true);
            answer.reload();
          }}
        />
      ) : null}
    </section>
  );
}
