import {
  useCallback,
  useRef,
  useState,
  type Dispatch,
  type FormEvent,
  type RefObject,
  type SetStateAction,
} from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/validation.js";
import { currentLanguage } from "../i18n/i18n.js";
import {
  describeFailure,
  runSave,
  type Checked,
  type FailureTexts,
  type FieldErrors,
  type FormProblems,
} from "./form-check.js";
import type { UnsavedChangesGuardProps } from "./unsaved-changes-guard.js";
import { useSummaryFocus } from "./use-summary-focus.js";

/** The app's common texts for a failed save that names no field. */
export function useFailureTexts(): FailureTexts {
  const { t } = useTranslation();
  return { forbidden: t("errors.forbidden"), notFound: t("errors.notFound"), failed: t("errors.saveFailed") };
}

export interface SchemaFormOptions<V, T, R> {
  initial: V;
  /** The values as the API's body, checked with the shared schema (see `checkWith`). */
  check: (values: V, language: Language) => Checked<T>;
  save: (body: NoInfer<T>, values: NoInfer<V>) => Promise<R>;
  /** After a successful save (errors are cleared first): a notice, a navigation, a reload. */
  onSaved?: (result: R, body: NoInfer<T>, values: NoInfer<V>) => void;
  /** The values after a successful save, for a form that stays on the page (default: unchanged). */
  valuesAfterSave?: (values: NoInfer<V>, body: NoInfer<T>) => NoInfer<V>;
  /** The form's own field names: a server message about any other goes into the general message. */
  fields?: readonly string[];
  /** Texts for a failure without field messages; the app's common ones by default. */
  texts?: Partial<FailureTexts>;
  /** A final step: submit only checks and holds the body in `pending` until `confirm()`. */
  isConfirmed?: boolean;
  /** Called whenever problems are shown (e.g. to open the sections they are in). */
  onProblems?: (problems: FormProblems) => void;
  /** Called with the error of a failed save, after its problems are shown. */
  onFailed?: (error: unknown) => void;
}

export interface SchemaForm<V, T> {
  values: V;
  setValues: Dispatch<SetStateAction<V>>;
  /** A change handler for one value: `onChange={form.set("title")}`. */
  set: <K extends keyof V>(key: K) => (value: V[K]) => void;
  errors: FieldErrors;
  /** The message for the form as a whole, shown in the error summary. */
  message: string | undefined;
  isSaving: boolean;
  isDirty: boolean;
  /** With `isConfirmed`: the checked body waiting for the reader's confirmation. */
  pending: T | null;
  /** For `<ErrorSummary ref>`: it takes focus whenever problems are shown. */
  summaryRef: RefObject<HTMLDivElement | null>;
  submit: (event: FormEvent) => void;
  confirm: () => void;
  cancel: () => void;
  showProblems: (fields: FieldErrors, message?: string) => void;
  /** For `<UnsavedChangesGuard {...form.guard} />` in a form that must not be left unsaved. */
  guard: UnsavedChangesGuardProps;
}

/**
 * The one submit pattern of the app's forms: check with the shared schema → show the field
 * messages and the error summary (focused) → save → put the server's 400 `fields` next to the
 * fields, the rest in the summary's message.
 */
export function useSchemaForm<V, T, R = unknown>(options: SchemaFormOptions<V, T, R>): SchemaForm<V, T> {
  const commonTexts = useFailureTexts();
  const [values, setValues] = useState(options.initial);
  const [initialJson] = useState(() => JSON.stringify(options.initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  const [pending, setPending] = useState<T | null>(null);
  const [summaryRef, focusSummary] = useSummaryFocus<HTMLDivElement>();
  const isLeavingAfterSave = useRef(false);
  const isDirty = JSON.stringify(values) !== initialJson;
  const texts: FailureTexts = { ...commonTexts, ...options.texts };

  const showProblems = (fields: FieldErrors, text?: string) => {
    setErrors(fields);
    setMessage(text);
    options.onProblems?.({ fields, message: text });
    focusSummary();
  };

  const save = (body: T) =>
    runSave(
      body,
      (checked) => options.save(checked, values),
      (error) => describeFailure(error, texts, options.fields),
      {
        saving: (isBusy) => {
          setIsSaving(isBusy);
          if (isBusy) {
            isLeavingAfterSave.current = true;
          }
        },
        saved: (result, checked) => {
          setPending(null);
          setErrors({});
          setMessage(undefined);
          if (options.valuesAfterSave) {
            setValues(options.valuesAfterSave(values, checked));
          }
          options.onSaved?.(result, checked, values);
        },
        failed: (problems, error) => {
          isLeavingAfterSave.current = false;
          setPending(null);
          showProblems(problems.fields, problems.message);
          options.onFailed?.(error);
        },
      },
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = options.check(values, currentLanguage());
    if (!checked.ok) {
      showProblems(checked.errors, checked.message);
      return;
    }
    if (options.isConfirmed) {
      setErrors({});
      setMessage(undefined);
      setPending(checked.body);
      return;
    }
    void save(checked.body);
  };

  const set = useCallback(
    <K extends keyof V>(key: K) =>
      (value: V[K]) =>
        setValues((current) => ({ ...current, [key]: value })),
    [],
  );

  return {
    values,
    setValues,
    set,
    errors,
    message,
    isSaving,
    isDirty,
    pending,
    summaryRef,
    submit,
    confirm: () => {
      if (pending !== null) {
        void save(pending);
      }
    },
    cancel: () => setPending(null),
    showProblems,
    guard: { isDirty, isLeavingAfterSave },
  };
}
