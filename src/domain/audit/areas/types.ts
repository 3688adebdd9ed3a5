/** A text in both of the app's languages. */
export interface Label {
  da: string;
  en: string;
}

/**
 * What one module area's audit rows mean to a reader: its entity types, its actions (an action code, or the
 * part before `:` of a composite one such as `gate:stop`), the labels of the part after `:`, its snapshot
 * fields, and the labels of coded values per field (statuses, phases, kinds).
 */
export interface AuditVocabulary {
  entities: Record<string, Label>;
  actions?: Record<string, Label>;
  details?: Record<string, Record<string, Label>>;
  fields?: Record<string, Label>;
  values?: Record<string, Record<string, Label>>;
}
