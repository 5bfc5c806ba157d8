import { useCallback, useEffect, useState } from 'react';
import {
  clueStepsFor,
  ZClueAcceptRequest,
  ZClueMergeRequest,
  ZClueRejectRequest,
  ZClueTransferRequest,
  type TClueView,
  type ZDuplicateSuggestions,
} from '@recall/shared';
import type { z } from 'zod';
import { actOnClue, fetchDuplicates, markClueRead, type ClueAction } from './staffApi';
import { errorMessage } from '../../services/errors';
import { useActionSheet, type SheetErrors } from '../../hooks/useActionSheet';
import { useClue } from './useClues';

export type ActionKind = ClueAction['kind'];

export interface ActionForm {
  note: string;
  reason: string;
  toBureauCode: string;
  intoClueId: string;
}
const EMPTY_ACTION: ActionForm = { note: '', reason: '', toBureauCode: '', intoClueId: '' };
type ActionErrors = SheetErrors<ActionForm>;

type Duplicates = z.output<typeof ZDuplicateSuggestions>['items'];

/**
 * The inbox actions open to this bureau on the clue now, from the clue table of @recall/shared
 * (the server enforces the same table): only the handling bureau acts; a merged or rejected clue is closed.
 */
export function allowedActions(c: TClueView, handling: boolean): ActionKind[] {
  return clueStepsFor(c.status, handling)
    .map((s) => s.action)
    .filter((a): a is ActionKind => a !== 'open_case');
}

/** Whether this bureau may open a case (立案) from the clue now, by the same table. */
export function canOpenCase(c: TClueView, handling: boolean): boolean {
  return clueStepsFor(c.status, handling).some((s) => s.action === 'open_case');
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
  // What an officer typed into an action is kept per clue and action until it goes through.
  const draftKey = useCallback((kind: ActionKind) => (id ? `recall.draft.clue.${id}.${kind}` : null), [id]);
  const sheet = useActionSheet<ActionKind, ActionForm>(EMPTY_ACTION, draftKey);
  const { kind: action, form } = sheet;

  useEffect(() => {
    if (!id) return;
    // Opening the clue marks it read for this bureau; failing to do so is not worth an error.
    void markClueRead(id).catch(() => undefined);
    fetchDuplicates(id).then(
      (res) => setDuplicates(res.items),
      (err: unknown) => setDupError(errorMessage(err)),
    );
  }, [id]);

  const open = useCallback(
    (kind: ActionKind, preset: Partial<ActionForm> = {}) => sheet.open(kind, EMPTY_ACTION, preset),
    [sheet.open],
  );

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
    if (!id) return;
    await sheet.confirm(build(), async (built) => detail.setClue(await actOnClue(id, built)), DONE_TEXT);
  };

  return {
    ...detail,
    duplicates,
    dupError,
    action,
    form,
    errors: sheet.errors,
    sending: sheet.sending,
    open,
    close: sheet.close,
    setField: sheet.setField,
    confirm,
  };
}

const DONE_TEXT: Record<ActionKind, string> = {
  accept: '已受理',
  reject: '已不予受理',
  transfer: '已移送',
  merge: '已合并',
};
