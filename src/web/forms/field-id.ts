/** The DOM id of the control for a field path such as "contactPersons.0.email". */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, "-")}`;
}

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === "string" && id.length > 0);
  return present.length > 0 ? present.join(" ") : undefined;
}
