import { useCallback, useState } from 'react';
import {
  requestBlockedReason,
  requestStep,
  requestStepsFor,
  todayInShanghai,
  ZRequestAccept,
  ZRequestComplete,
  ZRequestReject,
  ZRequestSchedule,
  type RecallRequestStatus,
  type Remedy,
  type TRecallRequestView,
} from '@recall/shared';
import { actOnRequest, fetchProducerRequests, type ProducerRequestFilter, type RequestStep } from './producerApi';
import { useActionSheet, type SheetErrors } from '../../hooks/useActionSheet';
import { usePagedList } from '../../hooks/usePagedList';
import { useRecallRequestView } from './useRecallRequests';

/**
 * Customer service's work list (GET /api/producer/requests): one status tab at a time (待受理 first)
 * and a search box, paged and refreshed as `usePagedList` does (a request handled on its own page
 * comes back in its new tab).
 */
export function useProducerRequests(initial: ProducerRequestFilter) {
  const [query, setQuery] = useState(initial.q ?? '');
  const { apply, ...list } = usePagedList(fetchProducerRequests, initial, { unloadOnFilter: true });
  const { filter } = list;

  return {
    ...list,
    query,
    setQuery,
    setStatus: (status: RecallRequestStatus | undefined) => apply({ ...filter, status }),
    search: () => apply({ ...filter, q: query.trim() || undefined }),
    clearSearch: () => {
      setQuery('');
      apply({ ...filter, q: undefined });
    },
    clearRecall: () => apply({ ...filter, recallId: undefined }),
  };
}

export type StepKind = RequestStep['kind'];

/**
 * What customer service may do next, by status, from the remedy-request table of @recall/shared
 * (the server enforces the same table): 受理 a new request; 安排处理 an accepted or scheduled one
 * (again to change the date); 完成召回 or 不在召回范围 until it is closed.
 */
export function allowedSteps(status: RecallRequestStatus): StepKind[] {
  return requestStepsFor(status)
    .map((s) => s.action)
    .filter((a): a is StepKind => a !== 'submit');
}

/**
 * Why a step cannot be taken yet (完成召回 before the recall's start or before the agreed date),
 * read from the table's guards as the server checks them; null when it can.
 */
export function stepBlockedReason(
  kind: StepKind,
  q: Pick<TRecallRequestView, 'recallStartDate' | 'scheduledOn'>,
  today: string = todayInShanghai(),
): string | null {
  return requestBlockedReason(requestStep(kind), {
    today,
    recallStartDate: q.recallStartDate,
    scheduledOn: q.scheduledOn,
  });
}

export interface StepForm {
  note: string;
  scheduledOn: string;
  remedy: Remedy | '';
}
type StepErrors = SheetErrors<StepForm>;

const DONE_TEXT: Record<StepKind, string> = {
  accept: '已受理',
  reject: '已标记不在范围',
  schedule: '已安排处理',
  complete: '已完成召回',
};

/** One request in the producer workspace with its four steps, each checked with its contract schema. */
export function useProducerRequest(id: number | undefined) {
  const detail = useRecallRequestView(id);
  // What customer service typed into a step is kept per request and step until it goes through.
  const draftKey = useCallback((kind: StepKind) => (id ? `recall.draft.request.${id}.${kind}` : null), [id]);
  const sheet = useActionSheet<StepKind, StepForm>({ note: '', scheduledOn: '', remedy: '' }, draftKey);
  const { kind: step, form } = sheet;

  const open = useCallback(
    (kind: StepKind) => {
      const r = detail.request;
      sheet.open(kind, {
        note: '',
        scheduledOn: kind === 'schedule' && r?.scheduledOn ? r.scheduledOn : '',
        remedy: r ? r.preferredRemedy : '',
      });
    },
    [detail.request, sheet.open],
  );

  const build = (): RequestStep | StepErrors => {
    const found: StepErrors = {};
    const collect = (
      issues: Array<{ path: PropertyKey[]; message: string }>,
      rename: Record<string, keyof StepForm>,
    ) => {
      for (const i of issues) {
        const raw = String(i.path[0] ?? 'form');
        const k = (rename[raw] ?? raw) as keyof StepErrors;
        if (!found[k]) found[k] = i.message;
      }
      return found;
    };
    const note = form.note.trim();
    switch (step) {
      case 'accept': {
        const r = ZRequestAccept.safeParse({ note: note || undefined });
        return r.success ? { kind: 'accept', body: r.data } : collect(r.error.issues, {});
      }
      case 'reject': {
        const r = ZRequestReject.safeParse({ reason: note });
        return r.success ? { kind: 'reject', body: r.data } : collect(r.error.issues, { reason: 'note' });
      }
      case 'schedule': {
        if (!form.scheduledOn.trim()) found.scheduledOn = '请选择处理日期';
        const r = ZRequestSchedule.safeParse({ scheduledOn: form.scheduledOn.trim(), note });
        if (r.success && !found.scheduledOn) return { kind: 'schedule', body: r.data };
        return r.success ? found : collect(r.error.issues, {});
      }
      case 'complete': {
        if (!form.remedy) return { remedy: '请选择实际采取的补救方式' };
        const r = ZRequestComplete.safeParse({ remedy: form.remedy, note: note || undefined });
        return r.success ? { kind: 'complete', body: r.data } : collect(r.error.issues, {});
      }
      default:
        return { form: '请选择要执行的操作' };
    }
  };

  const confirm = async () => {
    if (!id) return;
    await sheet.confirm(build(), async (built) => detail.setRequest(await actOnRequest(id, built)), DONE_TEXT);
  };

  const { errors, sending, close, setField } = sheet;
  return { ...detail, step, form, errors, sending, open, close, setField, confirm };
}
