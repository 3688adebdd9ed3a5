/** A value the user may see but not change here, laid out like a form field. */
export function ReadOnlyField({ label, value }: { label: string; value: string }) {
  return (
    <div className="form-group read-only-field">
      <p className="form-label">{label}</p>
      <p className="read-only-value">{value}</p>
    </div>
  );
}
