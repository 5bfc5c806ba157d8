import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import {
  ZClueAcceptRequest,
  ZClueMergeRequest,
  ZClueRejectRequest,
  ZClueTransferRequest,
  type TClueView,
  type ZDuplicateSuggestions,
} from '@recall/shared';
import type { z } from 'zod';
import { actOnClue, fetchDuplicates, markClueRead, type ClueAction } from '../services/api';
import { errorMessage } from '../services/errors';
import { useClue } from './useClues';

export type ActionKind = ClueAction['kind'];

export interface ActionForm {
  note: string;
  reason: string;
  toBureauCode: string;
  intoClueId: string;
}
const EMPTY_ACTION: ActionForm = { note: '', reason: '', toBureauCode: '', intoClueId: '' };
type ActionErrors = Partial<Record<keyof ActionForm | 'form', string>>;

type Duplicates = z.output<typeof ZDuplicateSuggestions>['items'];

/** Who may do what, by status (苏 2025 第九、十条): a merged or rejected clue is closed. */
export function allowedActions(c: TClueView): ActionKind[] {
  if (c.status === 'received') return ['accept', 'merge', 'transfer', 'reject'];
  if (c.status === 'verifying') return ['merge', 'transfer', 'reject'];
  return [];
}

/**
 * One clue in the bureau workspace: the clue (marked read when opened), possible duplicates, and
 * the four actions (受理核实 / 合并 / 移送 / 不予受理), each checked with its contract schema
 * before it is sent and answered with the updated clue.
 */
export function useBureauClue(id: number | undefined) {
  const detail = useClue(id);
  const [duplicates, setDuplicates] = useState<Duplicates>([]);
  const [dupError, setDupError] = useState<string | null>(null);
  const [action, setAction] = useState<ActionKind | null>(null);
  const [form, setForm] = useState<ActionForm>(EMPTY_ACTION);
  const [errors, setErrors] = useState<ActionErrors>({});
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (!id) return;
    // Opening the clue marks it read for this bureau; failing to do so is not worth an error.
    void markClueRead(id).catch(() => undefined);
    fetchDuplicates(id).then(
      (res) => setDuplicates(res.items),
      (err: unknown) => setDupError(errorMessage(err)),
    );
  }, [id]);

  const open = useCallback((kind: ActionKind, preset: Partial<ActionForm> = {}) => {
    setAction(kind);
    setForm({ ...EMPTY_ACTION, ...preset });
    setErrors({});
  }, []);
  const close = useCallback(() => setAction(null), []);
  const setField = useCallback((k: keyof ActionForm, v: string) => {
    setForm((f) => ({ ...f, [k]: v }));
    setErrors((e) => (e[k] || e.form ? { ...e, [k]: undefined, form: undefined } : e));
  }, []);

  const build = (): ClueAction | ActionErrors => {
    const found: ActionErrors = {};
    const collect = (issues: Array<{ path: PropertyKey[]; message: string }>) => {
      for (const i of issues) {
        const k = String(i.path[0] ?? 'form') as keyof ActionErrors;
        if (!found[k]) found[k] = i.message;
      }
      return found;
    };
    switch (action) {
      case 'accept': {
        const r = ZClueAcceptRequest.safeParse({ note: form.note.trim() || undefined });
        return r.success ? { kind: 'accept', body: r.data } : collect(r.error.issues);
      }
      case 'reject': {
        const r = ZClueRejectRequest.safeParse({ reason: form.reason });
        return r.success ? { kind: 'reject', body: r.data } : collect(r.error.issues);
      }
      case 'transfer': {
        const r = ZClueTransferRequest.safeParse({ toBureauCode: form.toBureauCode, reason: form.reason });
        return r.success ? { kind: 'transfer', body: r.data } : collect(r.error.issues);
      }
      case 'merge': {
        const n = Number(form.intoClueId.trim());
        if (!form.intoClueId.trim() || !Number.isInteger(n)) return { intoClueId: '请选择或输入要合并到的线索编号' };
        if (n === id) return { intoClueId: '不能合并到线索自身' };
        const r = ZClueMergeRequest.safeParse({ intoClueId: n, note: form.note.trim() || undefined });
        return r.success ? { kind: 'merge', body: r.data } : collect(r.error.issues);
      }
      default:
        return { form: '请选择要执行的操作' };
    }
  };

  const confirm = async () => {
    if (!id || sending) return;
    const built = build();
    if (!('kind' in built)) {
      setErrors(built);
      return;
    }
    setSending(true);
    try {
      const updated = await actOnClue(id, built);
      detail.setClue(updated);
      setAction(null);
      void Taro.showToast({ title: DONE_TEXT[built.kind], icon: 'success' });
    } catch (err) {
      setErrors({ form: errorMessage(err) });
    } finally {
      setSending(false);
    }
  };

  return {
    ...detail,
    duplicates,
    dupError,
    action,
    form,
    errors,
    sending,
    open,
    close,
    setField,
    confirm,
  };
}

const DONE_TEXT: Record<ActionKind, string> = {
  accept: '已受理',
  reject: '已不予受理',
  transfer: '已移送',
  merge: '已合并',
};
