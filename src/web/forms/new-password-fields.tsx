import type { Checked, FieldErrors } from "./form-check.js";
import { PasswordField } from "./password-field.js";

/** The texts of a new password and its repetition, in the page's own namespace. */
export interface NewPasswordTexts {
  password: string;
  hint: string;
  repeat: string;
}

/**
 * A new password typed twice (accepting an invitation, signing up). The ids are `<idPrefix>-password`
 * and `<idPrefix>-repeat`, so an error summary can point at either.
 */
export function NewPasswordFields({
  idPrefix,
  texts,
  values,
  set,
  errors,
}: {
  idPrefix: string;
  texts: NewPasswordTexts;
  values: { password: string; repeat: string };
  set: (field: "password" | "repeat") => (value: string) => void;
  errors: FieldErrors;
}) {
  return (
    <>
      <PasswordField
        id={`${idPrefix}-password`}
        label={texts.password}
        hint={texts.hint}
        autoComplete="new-password"
        value={values.password}
        onChange={set("password")}
        error={errors.password}
      />
      <PasswordField
        id={`${idPrefix}-repeat`}
        label={texts.repeat}
        autoComplete="new-password"
        value={values.repeat}
        onChange={set("repeat")}
        error={errors.repeat}
      />
    </>
  );
}

/** A passed check fails at `repeat` when the two passwords differ; the schema's own messages come first. */
export function withRepeatChecked<T>(checked: Checked<T>, password: string, repeat: string, mismatch: string) {
  return checked.ok && password !== repeat ? ({ ok: false, errors: { repeat: mismatch } } as Checked<T>) : checked;
}
