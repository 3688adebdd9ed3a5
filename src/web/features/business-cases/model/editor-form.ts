import type { PublicSideInputs } from "../../../../domain/business-case/inputs.js";
import type { BusinessCase } from "../../../../domain/business-case/views.js";
import type { Language } from "../../../../domain/validation.js";
import { formatInputNumber, parseNumberText } from "./number-text.js";

/**
 * The editor's state: every number as the text in its field, so that "900.000" and a half-typed
 * "abc" survive until the shared schema has judged them. The shape mirrors BusinessCaseInputs,
 * so a form path ("publicSide.benefits.hourlyCost") is also the schema's and the server's path.
 */
export interface ListRow {
  /** Stable React key. */
  key: number;
  value: string;
}

export interface QualityRow {
  key: number;
  title: string;
  score: string;
  description: string;
}

export interface PublicForm {
  investment: Record<keyof PublicSideInputs["investment"], string>;
  runningCosts: Record<keyof PublicSideInputs["runningCosts"], string>;
  benefits: Record<keyof PublicSideInputs["benefits"], string>;
  qualityEffects: QualityRow[];
  phaseIn: ListRow[];
}

export interface CompanyForm {
  developmentCost: string;
  unitCost: string;
  unitPrice: string;
  supportCostPerUnit: string;
  salesCostPerYear: string;
  market: { institutions: string; unitsPerInstitution: string; adoption: ListRow[] };
}

export interface EditorForm {
  title: string;
  horizonYears: string;
  discountMode: "fm" | "custom";
  ratePct: string;
  publicSide: PublicForm;
  /** Null when the case has no company side, or the reader may not see it. */
  companySide: CompanyForm | null;
}

let nextKey = 1;
export function createRowKey(): number {
  nextKey += 1;
  return nextKey;
}

function mapValues<K extends string>(record: Record<K, number>, convert: (value: number) => string): Record<K, string> {
  const entries = Object.entries(record) as [K, number][];
  return Object.fromEntries(entries.map(([key, value]) => [key, convert(value)])) as Record<K, string>;
}

export function createListRow(value: string): ListRow {
  return { key: createRowKey(), value };
}

export function toForm(businessCase: BusinessCase, language: Language): EditorForm {
  const text = (value: number) => formatInputNumber(value, language);
  const { inputs } = businessCase;
  const side = inputs.publicSide;
  const company = inputs.companySide;
  return {
    title: businessCase.title,
    horizonYears: text(inputs.horizonYears),
    discountMode: inputs.discountRate.mode,
    ratePct: inputs.discountRate.mode === "custom" ? text(inputs.discountRate.ratePct) : "",
    publicSide: {
      investment: mapValues(side.investment, text),
      runningCosts: mapValues(side.runningCosts, text),
      benefits: mapValues(side.benefits, text),
      qualityEffects: side.qualityEffects.map((effect) => ({
        key: createRowKey(),
        title: effect.title,
        score: String(effect.score),
        description: effect.description,
      })),
      phaseIn: side.phaseIn.map((value) => createListRow(text(value))),
    },
    companySide: company
      ? {
          developmentCost: text(company.developmentCost),
          unitCost: text(company.unitCost),
          unitPrice: text(company.unitPrice),
          supportCostPerUnit: text(company.supportCostPerUnit),
          salesCostPerYear: text(company.salesCostPerYear),
          market: {
            institutions: text(company.market.institutions),
            unitsPerInstitution: text(company.market.unitsPerInstitution),
            adoption: company.market.adoption.map((value) => createListRow(text(value))),
          },
        }
      : null,
  };
}

function parseRecord<K extends string>(record: Record<K, string>, language: Language): Record<K, unknown> {
  const entries = Object.entries(record) as [K, string][];
  return Object.fromEntries(entries.map(([key, value]) => [key, parseNumberText(value, language)])) as Record<
    K,
    unknown
  >;
}

/** The public side as the schema receives it (numbers where the text is one, the text otherwise). */
export function toPublicCandidate(side: PublicForm, language: Language): Record<string, unknown> {
  return {
    investment: parseRecord(side.investment, language),
    runningCosts: parseRecord(side.runningCosts, language),
    benefits: parseRecord(side.benefits, language),
    qualityEffects: side.qualityEffects.map((effect) => ({
      title: effect.title,
      score: parseNumberText(effect.score, language),
      description: effect.description,
    })),
    phaseIn: side.phaseIn.map((row) => parseNumberText(row.value, language)),
  };
}

export function toCompanyCandidate(side: CompanyForm, language: Language): Record<string, unknown> {
  const parse = (value: string) => parseNumberText(value, language);
  return {
    developmentCost: parse(side.developmentCost),
    unitCost: parse(side.unitCost),
    unitPrice: parse(side.unitPrice),
    supportCostPerUnit: parse(side.supportCostPerUnit),
    salesCostPerYear: parse(side.salesCostPerYear),
    market: {
      institutions: parse(side.market.institutions),
      unitsPerInstitution: parse(side.market.unitsPerInstitution),
      adoption: side.market.adoption.map((row) => parse(row.value)),
    },
  };
}

export function toDiscountCandidate(form: EditorForm, language: Language): Record<string, unknown> {
  return form.discountMode === "fm"
    ? { mode: "fm" }
    : { mode: "custom", ratePct: parseNumberText(form.ratePct, language) };
}
