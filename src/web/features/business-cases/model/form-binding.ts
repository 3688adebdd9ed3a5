import type { EditorForm } from "./editor-form.js";
import { readFormValue } from "./form-paths.js";

/** What a fieldset needs to show and change the editor's fields. */
export interface FormBinding {
  form: EditorForm;
  errors: Record<string, string>;
  /** Sets the text of the field at a model path. */
  change: (path: string, value: string) => void;
  /** Rewrites the number at a path in the reader's format once the field is left. */
  tidy: (path: string) => void;
  /** Replaces the whole form (adding or removing rows). */
  update: (next: (form: EditorForm) => EditorForm) => void;
}

/** The props a NumberField takes for one model path. */
export function bindNumber(binding: FormBinding, path: string) {
  return {
    path,
    value: readFormValue(binding.form, path),
    error: binding.errors[path],
    onChange: (value: string) => binding.change(path, value),
    onBlur: () => binding.tidy(path),
  };
}
