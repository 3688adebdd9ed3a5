import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { CARE_AREAS } from "../../../../domain/care-areas.js";
import type { NeedSummary } from "../../../../domain/needs.js";
import { SIDES, type SeminarCreate, type Side } from "../../../../domain/seminars/schemas.js";
import type { SidePlaces } from "../../../../domain/seminars/views.js";
import { toQuery } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { CheckboxGroup } from "../../../forms/checkbox-group.js";
import { ErrorSummary, type SummaryItem } from "../../../forms/error-summary.js";
import { fieldId } from "../../../forms/field-id.js";
import { FormActions } from "../../../forms/form-actions.js";
import { SearchPicker } from "../../../forms/search-picker.js";
import { TextField } from "../../../forms/text-field.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { UnsavedChangesGuard } from "../../../forms/unsaved-changes-guard.js";
import { useSchemaForm } from "../../../forms/use-schema-form.js";
import {
  changesTimeOrPlace,
  moveRow,
  newAgendaRow,
  SEMINAR_FIELDS,
  validateSeminar,
  type AgendaRowState,
  type SeminarFormState,
} from "../seminar-form-state.js";

type T = TFunction<"seminars">;

/** The label of a field path as the error summary says it: «Punkt 2: Titel», «Virksomheder: Heraf reserveret». */
function pathLabel(t: T, path: string): string {
  const [root, second, third] = path.split(".");
  if (root === "agenda" && second !== undefined && third !== undefined) {
    const part = t(`plan.agendaParts.${third}`, { defaultValue: third });
    return `${t("plan.agendaItem", { number: Number(second) + 1 })}: ${part}`;
  }
  if (root === "capacities" && second !== undefined && third !== undefined) {
    const part = t(third === "reserved" ? "plan.reserved" : "plan.capacity");
    return `${t(`sides.${second}`, { defaultValue: second })}: ${part}`;
  }
  return t(`plan.fields.${root}`, { defaultValue: root });
}

function summaryItems(t: T, errors: Record<string, string>): SummaryItem[] {
  const order = (path: string) => SEMINAR_FIELDS.indexOf(path.split(".")[0] as (typeof SEMINAR_FIELDS)[number]);
  return Object.entries(errors)
    .sort(([a], [b]) => order(a) - order(b))
    .map(([path, message]) => ({ target: fieldId(path), label: pathLabel(t, path), message }));
}

function AgendaRow({
  row,
  index,
  count,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  row: AgendaRowState;
  index: number;
  count: number;
  errors: Record<string, string>;
  onChange: (row: AgendaRowState) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation("seminars");
  const number = index + 1;
  const id = (part: string) => fieldId(`agenda.${index}.${part}`);
  const error = (part: string) => errors[`agenda.${index}.${part}`];
  return (
    <li className="agenda-row">
      <fieldset>
        <legend className="h5">{t("plan.agendaItem", { number })}</legend>
        <div className="agenda-row-times">
          <TextField
            id={id("startsAt")}
            label={t("plan.agendaParts.startsAt")}
            type="time"
            value={row.time}
            onChange={(time) => onChange({ ...row, time })}
            error={error("startsAt")}
            required
          />
          <TextField
            id={id("durationMinutes")}
            label={t("plan.agendaParts.durationMinutes")}
            inputMode="numeric"
            widthClass="input-width-xs"
            value={row.durationMinutes}
            onChange={(durationMinutes) => onChange({ ...row, durationMinutes })}
            error={error("durationMinutes")}
            required
          />
        </div>
        <TextField
          id={id("title")}
          label={t("plan.agendaParts.title")}
          value={row.title}
          onChange={(title) => onChange({ ...row, title })}
          error={error("title")}
          required
        />
        <TextField
          id={id("speaker")}
          label={t("plan.agendaParts.speaker")}
          value={row.speaker}
          onChange={(speaker) => onChange({ ...row, speaker })}
          error={error("speaker")}
        />
        <div className="form-group-checkbox">
          <input
            type="checkbox"
            className="form-checkbox"
            id={id("isPitchSlot")}
            checked={row.isPitchSlot}
            onChange={(event) => onChange({ ...row, isPitchSlot: event.target.checked })}
          />
          <label className="form-label" htmlFor={id("isPitchSlot")}>
            {t("plan.agendaParts.isPitchSlot")}
          </label>
        </div>
        <div className="button-group agenda-row-actions">
          <button
            type="button"
            className="button button-secondary"
            disabled={index === 0}
            onClick={() => onMove(-1)}
            aria-label={t("plan.moveUpLabel", { number })}
          >
            {t("plan.moveUp")}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            aria-label={t("plan.moveDownLabel", { number })}
          >
            {t("plan.moveDown")}
          </button>
          <button
            type="button"
            className="button button-tertiary"
            onClick={onRemove}
            aria-label={t("plan.removeLabel", { number })}
          >
            {t("plan.remove")}
          </button>
        </div>
      </fieldset>
    </li>
  );
}

function CapacityFields({
  state,
  setSide,
  errors,
  places,
}: {
  state: SeminarFormState;
  setSide: (side: Side, part: "capacity" | "reserved", value: string) => void;
  errors: Record<string, string>;
  places?: SidePlaces[];
}) {
  const { t } = useTranslation("seminars");
  return (
    <fieldset className="capacity-fields">
      <legend className="h3">{t("plan.capacityHeading")}</legend>
      <p className="form-hint">{t("plan.capacityHint")}</p>
      <p className="form-hint" id="capacity-rule">
        {t("plan.capacityRule")}
      </p>
      <div className="capacity-grid">
        {SIDES.map((side) => {
          const current = places?.find((entry) => entry.side === side);
          return (
            <fieldset key={side} className="capacity-side">
              <legend className="form-label">{t(`sides.${side}`)}</legend>
              {current ? (
                <p className="form-hint">{t("plan.placesNow", { capacity: current.capacity, left: current.left })}</p>
              ) : null}
              <div className="capacity-side-fields">
                <TextField
                  id={fieldId(`capacities.${side}.capacity`)}
                  label={t("plan.capacity")}
                  inputMode="numeric"
                  widthClass="input-width-xs"
                  value={state.capacities[side].capacity}
                  onChange={(value) => setSide(side, "capacity", value)}
                  error={errors[`capacities.${side}.capacity`]}
                  required
                />
                <TextField
                  id={fieldId(`capacities.${side}.reserved`)}
                  label={t("plan.reserved")}
                  inputMode="numeric"
                  widthClass="input-width-xs"
                  value={state.capacities[side].reserved}
                  onChange={(value) => setSide(side, "reserved", value)}
                  error={errors[`capacities.${side}.reserved`]}
                  required
                />
              </div>
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The planning form of a seminar: create (POST) and edit (PATCH) share it. */
export function SeminarForm({
  initial,
  submitLabel,
  save,
  onCancel,
  isPublished = false,
  places,
}: {
  initial: SeminarFormState;
  submitLabel: string;
  save: (body: SeminarCreate) => Promise<void>;
  onCancel: () => void;
  /** A published seminar: a change of time or place sends the registrants a change notice. */
  isPublished?: boolean;
  /** The places now (edit): shown beside the capacity fields. */
  places?: SidePlaces[];
}) {
  const { t } = useTranslation("seminars");
  const { t: tc } = useTranslation();
  const form = useSchemaForm({ initial, check: validateSeminar, save, fields: SEMINAR_FIELDS });
  const { values, errors, set, setValues } = form;
  const setAgenda = (agenda: AgendaRowState[]) => setValues((current) => ({ ...current, agenda }));
  const setSide = (side: Side, part: "capacity" | "reserved", value: string) =>
    setValues((current) => ({
      ...current,
      capacities: { ...current.capacities, [side]: { ...current.capacities[side], [part]: value } },
    }));
  const addAgendaRow = () => {
    const last = values.agenda[values.agenda.length - 1];
    const time = last?.time || values.startsAt.slice(11, 16);
    setAgenda([...values.agenda, newAgendaRow(last ? "" : time)]);
    const id = fieldId(`agenda.${values.agenda.length}.startsAt`);
    window.requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  const noticeChange = isPublished && changesTimeOrPlace(initial, values);

  return (
    <>
      <ErrorSummary ref={form.summaryRef} items={summaryItems(t, errors)} message={form.message} />
      <form className="seminar-form" onSubmit={form.submit} noValidate>
        <p className="form-hint">{tc("form.requiredNote")}</p>

        <h2 className="h3">{t("plan.aboutHeading")}</h2>
        <TextField
          id={fieldId("title")}
          label={t("plan.fields.title")}
          value={values.title}
          onChange={set("title")}
          error={errors.title}
          maxLength={200}
          required
        />
        <TextareaField
          id={fieldId("description")}
          label={t("plan.fields.description")}
          hint={t("plan.descriptionHint")}
          value={values.description}
          onChange={set("description")}
          error={errors.description}
          rows={5}
        />
        <CheckboxGroup
          id={fieldId("careAreas")}
          legend={t("plan.fields.careAreas")}
          hint={t("plan.careAreasHint")}
          options={CARE_AREAS.map((area) => ({ value: area, label: careAreaLabel(tc, area) }))}
          selected={values.careAreas}
          onChange={set("careAreas")}
          error={errors.careAreas}
          columns
        />
        <SearchPicker<{ items: NeedSummary[] }>
          id={fieldId("needIds")}
          label={t("plan.fields.needIds")}
          hint={t("plan.needsHint")}
          value={null}
          error={errors.needIds ?? Object.entries(errors).find(([path]) => path.startsWith("needIds."))?.[1]}
          onChange={(picked) => {
            if (picked && !values.needs.some((need) => need.id === picked.id)) {
              set("needs")([...values.needs, picked]);
            }
          }}
          pathFor={(q) => `/api/needs${toQuery({ q, pageSize: 8 })}`}
          toOptions={(answer) =>
            answer.items
              .filter((need) => !values.needs.some((chosen) => chosen.id === need.id))
              .map((need) => ({ id: need.id, name: need.title, meta: need.ownerName }))
          }
        />
        {values.needs.length > 0 ? (
          <ul className="chosen-needs" aria-label={t("plan.chosenNeeds")}>
            {values.needs.map((need) => (
              <li key={need.id}>
                <span>{need.name}</span>{" "}
                <button
                  type="button"
                  className="function-link"
                  aria-label={t("plan.removeNeedLabel", { title: need.name })}
                  onClick={() => set("needs")(values.needs.filter((chosen) => chosen.id !== need.id))}
                >
                  {t("plan.remove")}
                </button>
              </li>
            ))}
          </ul>
        ) : null}

        <h2 className="h3">{t("plan.whenHeading")}</h2>
        <p className="form-hint">{t("plan.timeZoneHint")}</p>
        <div className="seminar-form-pair">
          <TextField
            id={fieldId("startsAt")}
            label={t("plan.fields.startsAt")}
            type="datetime-local"
            value={values.startsAt}
            onChange={set("startsAt")}
            error={errors.startsAt}
            required
          />
          <TextField
            id={fieldId("endsAt")}
            label={t("plan.fields.endsAt")}
            type="datetime-local"
            value={values.endsAt}
            min={values.startsAt || undefined}
            onChange={set("endsAt")}
            error={errors.endsAt}
            required
          />
        </div>
        <TextareaField
          id={fieldId("placeAddress")}
          label={t("plan.fields.placeAddress")}
          hint={t("plan.placeHint")}
          value={values.placeAddress}
          onChange={set("placeAddress")}
          error={errors.placeAddress}
          rows={2}
        />
        <TextField
          id={fieldId("onlineUrl")}
          label={t("plan.fields.onlineUrl")}
          hint={t("plan.onlineHint")}
          type="url"
          inputMode="url"
          value={values.onlineUrl}
          onChange={set("onlineUrl")}
          error={errors.onlineUrl}
        />

        <h2 className="h3">{t("plan.registrationHeading")}</h2>
        <div className="seminar-form-pair">
          <TextField
            id={fieldId("registrationOpensAt")}
            label={t("plan.fields.registrationOpensAt")}
            type="datetime-local"
            value={values.registrationOpensAt}
            onChange={set("registrationOpensAt")}
            error={errors.registrationOpensAt}
            required
          />
          <TextField
            id={fieldId("registrationClosesAt")}
            label={t("plan.fields.registrationClosesAt")}
            hint={t("plan.closesHint")}
            type="datetime-local"
            value={values.registrationClosesAt}
            onChange={set("registrationClosesAt")}
            error={errors.registrationClosesAt}
          />
        </div>
        <CapacityFields state={values} setSide={setSide} errors={errors} places={places} />

        <h2 className="h3">{t("plan.agendaHeading")}</h2>
        <p className="form-hint">{t("plan.agendaHint")}</p>
        {values.agenda.length > 0 ? (
          <ol className="agenda-rows nobullet-list">
            {values.agenda.map((row, index) => (
              <AgendaRow
                key={row.key}
                row={row}
                index={index}
                count={values.agenda.length}
                errors={errors}
                onChange={(changed) => setAgenda(values.agenda.map((item, at) => (at === index ? changed : item)))}
                onMove={(step) => setAgenda(moveRow(values.agenda, index, step))}
                onRemove={() => setAgenda(values.agenda.filter((_, at) => at !== index))}
              />
            ))}
          </ol>
        ) : null}
        <p>
          <button type="button" id={fieldId("agenda")} className="button button-secondary" onClick={addAgendaRow}>
            {t("plan.addAgendaItem")}
          </button>
        </p>
        {errors.agenda ? <p className="form-error-message">{errors.agenda}</p> : null}

        {noticeChange ? (
          <Alert variant="warning">
            <p>{t("plan.changeNotice")}</p>
          </Alert>
        ) : null}
        <FormActions isSaving={form.isSaving} submitLabel={submitLabel} onCancel={onCancel} />
      </form>
      <UnsavedChangesGuard {...form.guard} />
    </>
  );
}
