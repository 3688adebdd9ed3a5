import { memo, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { BusinessCaseInputs } from "../../../../domain/business-case/inputs.js";
import { computeBusinessCase } from "../../../../domain/business-case/results.js";
import type { BusinessCase } from "../../../../domain/business-case/views.js";
import { Icon } from "../../../components/icon.js";
import { UnsavedChangesGuard } from "../../../forms/unsaved-changes-guard.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { useAutosave } from "../hooks/use-autosave.js";
import { useFreeze } from "../hooks/use-freeze.js";
import { useLastValid } from "../hooks/use-last-valid.js";
import { TABS, useTab, type TabId } from "../hooks/use-tab.js";
import { checkDraft } from "../model/check-draft.js";
import { toForm } from "../model/editor-form.js";
import type { FormBinding } from "../model/form-binding.js";
import { tidyNumber, writeFormValue } from "../model/form-paths.js";
import { CashFlowsPanel } from "./cash-flows-panel.js";
import { ExportLinks } from "./export-links.js";
import { focusSoon } from "./focus-soon.js";
import { InputsPanel } from "./inputs-panel.js";
import { describeSaveStatus, SAVE_ICONS, SaveStatusLine } from "./save-status.js";
import { SensitivityPanel } from "./sensitivity-panel.js";
import { SharePanel } from "./share-panel.js";
import { Tabs } from "../../../components/tabs.js";
import { VersionsPanel } from "./versions-panel.js";

const CashFlows = memo(CashFlowsPanel);
const Sensitivity = memo(SensitivityPanel);

export interface Draft {
  title: string;
  inputs: BusinessCaseInputs;
}

/**
 * The editor: inputs checked with the shared schema on every change, results recomputed in the
 * browser with the same domain code as the server, and the draft autosaved.
 */
export function BusinessCaseEditor({
  businessCase,
  initialDraft,
  onSaved,
  onDraft,
}: {
  businessCase: BusinessCase;
  initialDraft: Draft | null;
  onSaved: (saved: BusinessCase) => void;
  onDraft: (draft: Draft) => void;
}) {
  const { t, i18n } = useTranslation("businessCases");
  const language = currentLanguage();
  const [tab, selectTab] = useTab();
  const [form, setForm] = useState(() =>
    toForm(initialDraft ? { ...businessCase, ...initialDraft } : businessCase, language),
  );
  const checked = useMemo(() => checkDraft(form, businessCase, language), [form, businessCase, language]);
  const inputs = useLastValid(checked.inputs, businessCase.inputs);
  const deferredInputs = useDeferredValue(inputs);
  const results = useMemo(() => computeBusinessCase(deferredInputs), [deferredInputs]);
  const cashFlowResults = useFreeze(results, tab === "pengestroemme");
  const sensitivityResults = useFreeze(results, tab === "foelsomhed");
  const sensitivityInputs = useFreeze(deferredInputs, tab === "foelsomhed");
  const autosave = useAutosave(businessCase.id, checked.patch, onSaved);
  useEffect(() => {
    if (checked.patch && checked.inputs) {
      onDraft({ title: checked.patch.title ?? form.title, inputs: checked.inputs });
    }
  }, [checked, form.title, onDraft]);
  const canLeave = autosave.status.kind !== "invalid" && autosave.status.kind !== "failed";
  const isNeverLeavingAfterSave = useRef(false);

  const binding: FormBinding = {
    form,
    errors: { ...autosave.serverErrors, ...checked.errors },
    change: (path, value) => setForm((current) => writeFormValue(current, path, value)),
    tidy: (path) => setForm((current) => tidyNumber(current, path, language)),
    update: setForm,
  };
  const labels: Record<TabId, string> = {
    forudsaetninger: t("editor.tabs.inputs"),
    pengestroemme: t("editor.tabs.cashFlows"),
    foelsomhed: t("editor.tabs.sensitivity"),
    versioner: t("editor.tabs.versions"),
  };
  const content: Record<TabId, ReactNode> = {
    forudsaetninger: (
      <InputsPanel
        businessCase={businessCase}
        binding={binding}
        results={results}
        isStale={checked.inputs === null}
        saveStatus={
          <p className={`bc-save-text bc-save-${autosave.status.kind}`}>
            <Icon name={SAVE_ICONS[autosave.status.kind]} />
            <span>{describeSaveStatus(t, autosave.status, i18n.language)}</span>
          </p>
        }
      />
    ),
    pengestroemme: <CashFlows businessCase={businessCase} results={cashFlowResults} />,
    foelsomhed: <Sensitivity businessCase={businessCase} inputs={sensitivityInputs} results={sensitivityResults} />,
    versioner: (
      <VersionsPanel
        caseId={businessCase.id}
        canSave={businessCase.access.canEditPublicSide || businessCase.access.canEditCompanySide}
        isDraftValid={checked.patch !== null}
        isWithheld={businessCase.companySideWithheld}
        flush={autosave.flush}
        onShowInputs={() => {
          selectTab("forudsaetninger");
          focusSoon("draft-problems");
        }}
      />
    ),
  };

  return (
    <>
      <div className="bc-toolbar">
        <SaveStatusLine status={autosave.status} onRetry={() => void autosave.flush()} />
        <ExportLinks caseId={businessCase.id} />
      </div>
      <SharePanel businessCase={businessCase} onChange={onSaved} />
      <Tabs
        label={t("editor.tabsLabel")}
        items={TABS.map((id) => ({ id, label: labels[id], content: content[id] }))}
        selected={tab}
        onSelect={selectTab}
        panels="all"
        className="bc-tabs"
      />
      {/* Autosave keeps the draft; only a draft it cannot save (invalid or failed) would be lost. */}
      <UnsavedChangesGuard isDirty={!canLeave} isLeavingAfterSave={isNeverLeavingAfterSave} />
    </>
  );
}
