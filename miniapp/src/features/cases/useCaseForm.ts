import { useCallback, useEffect, useMemo, useState } from 'react';
import { CATEGORIES, type CategoryCode } from '@recall/shared';
import {
  caseStep,
  DEFECT_CLASS_ACTIONS,
  DEFECT_CLASSES,
  type DefectClass,
  DOC_FORMS,
  DOC_TYPES,
  PAPER_RECEIPT_FORM,
  type FormSpec,
  type DocType,
  type TCaseActionOption,
  type TCaseView,
} from '@recall/shared/staff';
import { actOnCase, confirmReceipt, fetchCase, reportVoluntaryRecall } from './api';
import { scrollToField } from '../../services/draftForm';
import { errorMessage } from '../../services/errors';
import { locateFormIssue, useDocForm, type FormDef } from './useDocForm';
import { useKeptDocForm } from './useKeptDocForm';
import { rememberSignerPhone, signerPrefill, type Signer } from './signer';
import { storedDraft, useStoredDraft } from '../../hooks/useStoredDraft';

/** What case-form was opened for (its query). */
export type CaseFormMode =
  | { kind: 'action'; id: number; action: string }
  | { kind: 'receipt'; id: number; docId: number }
  | { kind: 'voluntary' }
  | { kind: 'invalid' };

export function caseFormMode(params: Record<string, string | undefined>, id?: number, docId?: number): CaseFormMode {
  if (params.voluntary === '1') return { kind: 'voluntary' };
  if (id && docId) return { kind: 'receipt', id, docId };
  if (id && params.action && /^[a-z_]{1,40}$/.test(params.action)) return { kind: 'action', id, action: params.action };
  return { kind: 'invalid' };
}

/**
 * A document's heading as the province's set names it ('附件6 消费品召回计划' in Jiangsu, '送达回证'
 * in Liaoning; `titles` from GET /api/bureaus); the workflow's plain name until they are loaded.
 */
export const docTitle = (t: DocType, titles: Record<string, string> | null) => titles?.[t] ?? DOC_TYPES[t].title;

const NOTE_MAX = 2000;

/** Where a server issue of this mode belongs: [form, field] ('forms.receipt.x' on a receipt). */
function locateIssue(mode: CaseFormMode): (path: string) => [string, string] | null {
  if (mode.kind !== 'receipt') return locateFormIssue;
  return (path) => ['receipt', path.replace(/^forms\.receipt\./, '').split('.')[0]];
}
const VOLUNTARY_DOCS = caseStep('voluntary').documents;

/** The form of a document: a bureau records a receipt from its paper copy (method, day received, signature). */
export function receiptSpec(t: DocType, variant: 'bureau' | 'producer'): FormSpec {
  return t === 'receipt' && variant === 'bureau' ? PAPER_RECEIPT_FORM : DOC_FORMS[t];
}
const RECEIPT_DOCS = caseStep('confirm_receipt').documents;

/** Where the draft of a case form is kept on the device: one per workspace, case and form. */
export function caseDraftKey(mode: CaseFormMode, variant: 'bureau' | 'producer'): string | null {
  const base = `recall.caseDraft.${variant}`;
  if (mode.kind === 'action') return `${base}.${mode.id}.${mode.action}`;
  if (mode.kind === 'receipt') return `${base}.${mode.id}.receipt${mode.docId}`;
  return mode.kind === 'voluntary' ? `${base}.voluntary` : null;
}

/** What a case form keeps besides its documents' values. */
interface CaseDraftExtra {
  note: string;
  category: CategoryCode | '';
  defectClass?: DefectClass | '';
}

/** The producer's own facts for a voluntary report (its name and code from the session), as prefill. */
export interface ProducerFacts {
  name?: string;
  uscc?: string;
}

/**
 * The forms of case-form, in three modes: an action (`?id=&action=`: a note and a DocForm per
 * document the action files, prefilled from the case), a 送达回执 (`?id=&receipt=<docId>`), or a
 * voluntary recall report (`?voluntary=1`: the category, 附件6 and 附件8). Checks each form with
 * the server's schema before sending and puts the server's issues under their fields.
 */
export function useCaseForm(
  mode: CaseFormMode,
  producer: ProducerFacts = {},
  variant: 'bureau' | 'producer' = 'producer',
  signer?: Signer,
) {
  const form = useDocForm();
  const draftKey = caseDraftKey(mode, variant);
  const kept = useKeptDocForm(form, draftKey);
  const extraKey = draftKey && `${draftKey}.extra`;
  const [view, setView] = useState<TCaseView | null>(null);
  const [loading, setLoading] = useState(mode.kind === 'action' || mode.kind === 'receipt');
  const [loadError, setLoadError] = useState<string | null>(
    mode.kind === 'invalid' ? '链接不完整，无法打开表单' : null,
  );
  const [note, setNoteState] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [category, setCategoryState] = useState<CategoryCode | ''>('');
  const [categoryError, setCategoryError] = useState<string | null>(null);
  // 缺陷类别, for the province's statistics: asked where the defect is determined.
  const [defectClass, setDefectClass] = useState<DefectClass | ''>('');
  // The risk-assessment report the determination of the defect cites (风险评估报告, 办法 第十六条).
  const [riskReportId, setRiskReportId] = useState<number | null>(null);

  const id = mode.kind === 'action' || mode.kind === 'receipt' ? mode.id : undefined;
  const option: TCaseActionOption | null =
    mode.kind === 'action' && view ? (view.actions.find((a) => a.action === mode.action) ?? null) : null;

  const load = useCallback(async () => {
    if (!id) return;
    setLoading(true);
    setLoadError(null);
    try {
      setView(await fetchCase(id));
    } catch (err) {
      setLoadError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, [id]);

  /** Starts the forms from their prefill, then puts back what was typed before (the kept draft). */
  const start = (defs: FormDef[]) => {
    kept.start(defs);
    const extra = extraKey ? storedDraft.load<CaseDraftExtra>(extraKey) : null;
    if (typeof extra?.note === 'string') setNoteState(extra.note);
    if (extra?.category) setCategoryState(extra.category);
    if (extra?.defectClass) setDefectClass(extra.defectClass);
  };

  useEffect(() => {
    if (mode.kind === 'voluntary') {
      const p = { producerName: producer.name, uscc: producer.uscc };
      start(VOLUNTARY_DOCS.map((t) => ({ key: t, spec: DOC_FORMS[t], prefill: p })));
    } else void load();
  }, [load]);

  // The forms follow the case once it is loaded; the signer's name and phone fill the fields naming them.
  useEffect(() => {
    if (!view) return;
    let docs: readonly DocType[] = [];
    if (mode.kind === 'receipt') docs = RECEIPT_DOCS;
    else if (option && !option.blockedReason) docs = option.documents;
    const paper = variant === 'bureau';
    const defs: FormDef[] = docs.map((t) => ({
      key: t,
      spec: receiptSpec(t, variant),
      prefill: { ...signerPrefill(t, signer, paper), ...view.prefill[t] },
    }));
    start(defs);
  }, [view?.id, option?.action]);

  const extra = useMemo<CaseDraftExtra>(() => ({ note, category, defectClass }), [note, category, defectClass]);
  const asksDefectClass = variant === 'bureau' && !!option && DEFECT_CLASS_ACTIONS.includes(option.action);
  const citesRiskReport = variant === 'bureau' && option?.action === 'issue_recall_notice';
  useStoredDraft(extraKey, extra, kept.restored);

  /** Why the form cannot be filed now (the action is not open to the caller, or a guard stops it). */
  let unavailable: string | null = null;
  if (view && mode.kind === 'action') {
    if (!option) unavailable = '该事项当前不可办理（案件状态可能已变化），请返回案件刷新后再试。';
    else if (option.blockedReason) unavailable = option.blockedReason;
  }
  if (view && mode.kind === 'receipt') {
    const doc = view.documents.find((d) => d.id === mode.docId);
    if (!doc) unavailable = '找不到这份文书，请返回案件刷新后再试。';
    else if (doc.receipt) unavailable = `该文书已于 ${doc.receipt.confirmedAt.slice(0, 10)} 确认送达。`;
  }

  const receiptDoc = mode.kind === 'receipt' ? view?.documents.find((d) => d.id === mode.docId) : undefined;
  const noteMode = option?.note ?? 'none';

  const setNote = (v: string) => {
    setNoteState(v);
    setNoteError(null);
  };
  const setCategory = (v: CategoryCode | '') => {
    setCategoryState(v);
    setCategoryError(null);
  };

  /** The call that files the forms in this mode. */
  const send = async (forms: Record<string, Record<string, unknown>>): Promise<TCaseView | null> => {
    // The action as the case offers it (the page's query only names it).
    if (mode.kind === 'action' && option)
      return actOnCase(mode.id, {
        action: option.action,
        note: noteMode !== 'none' && note.trim() ? note.trim() : undefined,
        forms,
        defectClass: asksDefectClass && defectClass ? defectClass : undefined,
        riskReportId: citesRiskReport && riskReportId ? riskReportId : undefined,
      });
    if (mode.kind === 'receipt') return confirmReceipt(mode.id, mode.docId, forms.receipt ?? {});
    if (mode.kind === 'voluntary' && category) return reportVoluntaryRecall({ categoryCode: category, forms });
    return null;
  };

  /** Sends the forms; the updated (or new) case when the server accepted them, null otherwise. */
  const submit = async (): Promise<TCaseView | null> => {
    if (form.submitting || unavailable) return null;
    let ok = true;
    if (mode.kind === 'action' && noteMode === 'required' && !note.trim()) {
      setNoteError('请填写说明');
      ok = false;
    } else if (note.length > NOTE_MAX) {
      setNoteError(`说明不能超过 ${NOTE_MAX} 个字`);
      ok = false;
    }
    if (mode.kind === 'voluntary' && !category) {
      setCategoryError('请选择产品类别');
      ok = false;
    }
    const built = form.build();
    if (!built.ok || !ok) {
      if (built.ok) form.setFormError('请检查标红的内容');
      // The category sits above the forms; the note below them matters only when the forms are fine.
      const target = mode.kind === 'voluntary' && !category ? '.case-category' : built.ok ? '.action-note' : null;
      if (target) scrollToField(target, { offsetTop: -24, delay: 200 });
      return null;
    }
    const sent = await form.send(
      () => send(built.forms),
      locateIssue(mode),
      (rest) => {
        const noteIssue = rest.find((i) => i.path === 'note');
        if (noteIssue) setNoteError(noteIssue.message);
        const catIssue = rest.find((i) => i.path === 'categoryCode');
        if (catIssue) setCategoryError(catIssue.message);
      },
    );
    if (sent) {
      kept.drop();
      if (extraKey) storedDraft.clear(extraKey);
      rememberSignerPhone(signer, built.forms);
    }
    return sent;
  };

  const title =
    mode.kind === 'voluntary'
      ? '报告主动召回'
      : mode.kind === 'receipt'
        ? variant === 'bureau'
          ? '登记纸质送达'
          : '确认送达'
        : (option?.label ?? '办理');

  const p = form.defs.reduce(
    (acc, d) => {
      const x = form.progress(d.key);
      return { filled: acc.filled + x.filled, required: acc.required + x.required };
    },
    { filled: 0, required: 0 },
  );

  return {
    form,
    view,
    option,
    receiptDoc,
    loading,
    loadError,
    unavailable,
    reload: load,
    title,
    noteMode,
    note,
    noteError,
    setNote,
    category,
    categoryError,
    setCategory,
    categories: CATEGORIES,
    asksDefectClass,
    defectClass,
    setDefectClass,
    citesRiskReport,
    caseId: id,
    riskReportId,
    setRiskReportId,
    defectClasses: DEFECT_CLASSES,
    submitting: form.submitting,
    submit,
    /** "必填 n/m", for the submit bar. */
    status: p.required ? `必填项已填 ${p.filled}/${p.required}` : null,
  };
}
