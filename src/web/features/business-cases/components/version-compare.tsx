import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { BusinessCaseComparison, BusinessCaseVersion } from "../../../../domain/business-case/views.js";
import { api, ApiError, toQuery } from "../../../api/client.js";
import { ErrorState } from "../../../components/error-state.js";
import { fieldId } from "../../../forms/field-id.js";
import { SelectField } from "../../../forms/select-field.js";
import { ComparisonTables } from "./comparison-tables.js";

/** Pick two versions (or a version and the draft) and see what changed in the inputs and the figures. */
export function VersionCompare({
  caseId,
  versions,
  isWithheld,
}: {
  caseId: string;
  versions: readonly BusinessCaseVersion[];
  isWithheld: boolean;
}) {
  const { t } = useTranslation("businessCases");
  // By default the previous version against the draft: what has changed since.
  const [a, setA] = useState(
    versions.length > 1 ? String(versions[1].number) : versions.length > 0 ? String(versions[0].number) : "current",
  );
  const [b, setB] = useState("current");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [comparison, setComparison] = useState<BusinessCaseComparison | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [isLoading, setIsLoading] = useState(false);
  const labelOf = (ref: string) => (ref === "current" ? t("versions.current") : t("versions.version", { number: ref }));
  const inlineLabelOf = (ref: string) =>
    ref === "current" ? t("versions.currentInline") : t("versions.version", { number: ref });
  const options = [
    ...versions.map((version) => ({
      value: String(version.number),
      label: t("versions.version", { number: version.number }),
    })),
    { value: "current", label: t("versions.current") },
  ];

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    if (a === b) {
      setFields({ b: t("versions.sameVersion") });
      return;
    }
    setFields({});
    setFailure(null);
    setIsLoading(true);
    try {
      setComparison(
        await api.get<BusinessCaseComparison>(`/api/business-cases/${caseId}/versions/compare${toQuery({ a, b })}`),
      );
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        setFields(error.fields);
      } else {
        setFailure(error);
      }
    } finally {
      setIsLoading(false);
    }
  };

  if (versions.length === 0) {
    return <p className="empty-state">{t("versions.needVersion")}</p>;
  }
  return (
    <>
      <p>{t("versions.compareIntro")}</p>
      <form className="bc-compare-form" onSubmit={(event) => void compare(event)} noValidate>
        <SelectField id={fieldId("compare.a")} label={t("versions.a")} value={a} onChange={setA} error={fields.a}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <SelectField id={fieldId("compare.b")} label={t("versions.b")} value={b} onChange={setB} error={fields.b}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <button
          type="submit"
          className="button button-secondary"
          disabled={isLoading}
          aria-busy={isLoading || undefined}
        >
          {isLoading ? t("versions.comparing") : t("versions.compare")}
        </button>
      </form>
      {failure ? <ErrorState error={failure} /> : null}
      <div aria-live="polite">
        {comparison ? (
          <ComparisonTables
            comparison={comparison}
            heading={t("versions.resultHeading", { a: inlineLabelOf(comparison.a), b: inlineLabelOf(comparison.b) })}
            labelA={labelOf(comparison.a)}
            labelB={labelOf(comparison.b)}
            isWithheld={isWithheld}
          />
        ) : null}
      </div>
    </>
  );
}
