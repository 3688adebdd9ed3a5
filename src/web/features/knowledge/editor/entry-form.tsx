import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { CaseFacts, EntryFacts, MethodFacts, ToolFacts } from "../../../../domain/knowledge/entries.js";
import type { KnowledgeEntry } from "../../../../domain/knowledge/views.js";
import { ApiError, api } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { TextField } from "../../../forms/text-field.js";
import { CaseFactsForm } from "./case-facts-form.js";
import { MethodFactsForm, ToolFactsForm } from "./method-tool-facts-form.js";

const lines = (items: string[]) => items.map((item) => item.trim()).filter((item) => item.length > 0);

/** Lists written one per line lose their empty lines before they are saved. */
function cleaned(kind: KnowledgeEntry["kind"], facts: EntryFacts): EntryFacts {
  if (kind === "case") {
    const caseFacts = facts as CaseFacts;
    return { ...caseFacts, sources: lines(caseFacts.sources) };
  }
  if (kind === "method") {
    const method = facts as MethodFacts;
    return { ...method, steps: lines(method.steps), pitfalls: lines(method.pitfalls), sources: lines(method.sources) };
  }
  return facts;
}

function failureOf(error: unknown): string {
  if (error instanceof ApiError) {
    const fields = Object.entries(error.fields);
    return fields.length > 0 ? fields.map(([field, message]) => `${field}: ${message}`).join("; ") : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * The whole entry in one form: titles and summaries in Danish and English, every fact of its kind, and
 * the comment that goes with the new version. The company's key figures are kept as they are.
 */
export function EntryForm({ entry, onSaved }: { entry: KnowledgeEntry; onSaved: (entry: KnowledgeEntry) => void }) {
  const { t } = useTranslation("knowledge");
  const [title, setTitle] = useState(entry.title);
  const [titleEn, setTitleEn] = useState(entry.titleEn);
  const [summary, setSummary] = useState(entry.summary);
  const [summaryEn, setSummaryEn] = useState(entry.summaryEn);
  const [facts, setFacts] = useState<EntryFacts>(entry.facts);
  const [comment, setComment] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsSaving(true);
    setFailure(null);
    try {
      const saved = await api.put<KnowledgeEntry>(`/api/knowledge/${entry.id}`, {
        title,
        titleEn,
        summary,
        summaryEn,
        facts: cleaned(entry.kind, facts),
        comment,
      });
      setComment("");
      onSaved(saved);
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form className="knowledge-edit" onSubmit={(event) => void submit(event)}>
      <h2 className="h3">{t("draft.editHeading")}</h2>
      <TextField
        id="knowledge-title"
        label={t("draft.titleLabel")}
        value={title}
        maxLength={200}
        required
        onChange={setTitle}
      />
      <TextField
        id="knowledge-title-en"
        label={t("editor.titleEn")}
        value={titleEn}
        maxLength={200}
        onChange={setTitleEn}
      />
      <TextField
        id="knowledge-summary"
        label={t("draft.summaryLabel")}
        value={summary}
        maxLength={500}
        required
        onChange={setSummary}
      />
      <TextField
        id="knowledge-summary-en"
        label={t("editor.summaryEn")}
        value={summaryEn}
        maxLength={500}
        onChange={setSummaryEn}
      />
      {entry.kind === "case" ? <CaseFactsForm facts={facts as CaseFacts} onChange={setFacts} /> : null}
      {entry.kind === "method" ? <MethodFactsForm facts={facts as MethodFacts} onChange={setFacts} /> : null}
      {entry.kind === "tool" ? <ToolFactsForm facts={facts as ToolFacts} onChange={setFacts} /> : null}
      <TextField
        id="knowledge-comment"
        label={t("draft.commentLabel")}
        hint={t("editor.commentHint")}
        value={comment}
        maxLength={500}
        required
        onChange={setComment}
      />
      {failure ? (
        <Alert variant="error" live>
          <p>{t("draft.error", { message: failure })}</p>
        </Alert>
      ) : null}
      <button type="submit" className="button button-primary" disabled={isSaving}>
        {t("draft.save")}
      </button>
    </form>
  );
}
