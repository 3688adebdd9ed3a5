import { TextField } from "./text-field.js";

/**
 * A required password input. `autoComplete` tells password managers whether to fill in the saved
 * password ("current-password") or offer a new one ("new-password").
 */
export function PasswordField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  autoComplete,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  autoComplete: "current-password" | "new-password";
}) {
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      type="password"
      autoComplete={autoComplete}
      value={value}
      onChange={onChange}
      error={error}
      required
    />
  );
}
