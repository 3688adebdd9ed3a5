import type { RenderedQuestion } from "../../../domain/questionnaire/index.js";

export interface RadioOption {
  value: string | number;
  label: string;
  /** True for a scale's «Ved ikke», which sits apart from the steps. */
  isDontKnow?: boolean;
}

/** The answers a scale or single-choice question offers: the scale's steps (and «Ved ikke»), or its options. */
export function radioOptions(question: RenderedQuestion): RadioOption[] {
  if (question.type === "scale" && question.scale) {
    const { steps, dontKnow } = question.scale;
    return [...steps, ...(dontKnow ? [{ ...dontKnow, isDontKnow: true }] : [])];
  }
  return (question.options ?? []).map((option) => ({ value: option.key, label: option.label }));
}

/** One radio button per answer; the first carries `id`, so an error summary can link to it. */
export function RadioOptions({
  id,
  name,
  options,
  value,
  onChange,
  dontKnowClassName,
}: {
  id: string;
  name: string;
  options: readonly RadioOption[];
  value: unknown;
  onChange: (value: string | number) => void;
  dontKnowClassName?: string;
}) {
  return options.map((option, index) => {
    const optionId = index === 0 ? id : `${id}-${index}`;
    return (
      <div
        className={
          option.isDontKnow && dontKnowClassName ? `form-group-radio ${dontKnowClassName}` : "form-group-radio"
        }
        key={String(option.value)}
      >
        <input
          id={optionId}
          type="radio"
          className="form-radio"
          name={name}
          value={String(option.value)}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
        />
        <label htmlFor={optionId} className="form-label">
          {option.label}
        </label>
      </div>
    );
  });
}
