import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import {
  ZRequestAccept,
  ZRequestComplete,
  ZRequestReject,
  ZRequestSchedule,
  type RecallRequestStatus,
  type Remedy,
  type TRecallRequestView,
} from '@recall/shared';
import { errorMessage } from '../services/errors';
import {
  actOnRequest,
  fetchProducerRequests,
  type ProducerRequestFilter,
  type RequestStep,
} from '../services/participationApi';
import { useRecallRequestView } from './useRecallRequests';

const PAGE_SIZE = 20;

/**
 * Customer service's work list (GET /api/producer/requests): one status tab at a time (待受理 first),
 * a search box, pages loaded at the bottom, and a fresh first page whenever the page shows (a
 * request handled on its own page comes back in its new tab).
 */
export function useProducerRequests(initial: ProducerRequestFilter) {
  const [filter, setFilterState] = useState<ProducerRequestFilter>(initial);
  const [query, setQuery] = useState(initial.q ?? '');
  const [items, setItems] = useState<TRecallRequestView[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(0);
  const [loading, setLoading] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const filterRef = useRef(filter);
  filterRef.current = filter;

  const load = useCallback(async (next: ProducerRequestFilter, pageNo: number) => {
    const gen = ++generation.current;
    setLoading(true);
    setError(null);
    try {
      const res = await fetchProducerRequests(next, pageNo, PAGE_SIZE);
      if (gen !== generation.current) return;
      setItems((prev) => (pageNo === 1 ? res.items : [...prev, ...res.items]));
      setTotal(res.total);
      setPage(pageNo);
      setLoaded(true);
    } catch (err) {
      if (gen === generation.current) setError(errorMessage(err));
    } finally {
      if (gen === generation.current) setLoading(false);
      Taro.stopPullDownRefresh();
    }
  }, []);

  const shownOnce = useRef(false);
  useDidShow(() => {
    if (shownOnce.current) void load(filterRef.current, 1);
  });
  useEffect(() => {
    shownOnce.current = true;
    void load(filterRef.current, 1);
  }, [load]);
  usePullDownRefresh(() => void load(filterRef.current, 1));

  const hasMore = items.length < total;
  const loadMore = () => {
    if (!loading && hasMore && !error) void load(filter, page + 1);
  };
  useReachBottom(loadMore);

  const apply = (next: ProducerRequestFilter) => {
    setFilterState(next);
    setItems([]);
    setLoaded(false);
    void load(next, 1);
  };

  return {
    filter,
    query,
    items,
    total,
    loading,
    loaded,
    error,
    hasMore,
    setQuery,
    setStatus: (status: RecallRequestStatus | undefined) => apply({ ...filter, status }),
    search: () => apply({ ...filter, q: query.trim() || undefined }),
    clearSearch: () => {
      setQuery('');
      apply({ ...filter, q: undefined });
    },
    clearRecall: () => apply({ ...filter, recallId: undefined }),
    retry: () => void load(filter, items.length ? page + 1 : 1),
    loadMore,
  };
}

export type StepKind = RequestStep['kind'];

/**
 * What customer service may do next, by status (the server's table): 受理 a new request; 安排处理 an
 * accepted or scheduled one (again to change the date); 完成召回 or 不在召回范围 until it is closed.
 */
export function allowedSteps(status: RecallRequestStatus): StepKind[] {
  switch (status) {
    case 'submitted':
      return ['accept', 'complete', 'reject'];
    case 'accepted':
      return ['schedule', 'complete', 'reject'];
    case 'scheduled':
      return ['complete', 'schedule', 'reject'];
    default:
      return [];
  }
}

export interface StepForm {
  note: string;
  scheduledOn: string;
  remedy: Remedy | '';
}
type StepErrors = Partial<Record<keyof StepForm | 'form', string>>;

const DONE_TEXT: Record<StepKind, string> = {
  accept: '已受理',
  reject: '已标记不在范围',
  schedule: '已安排处理',
  complete: '已完成召回',
};

/** One request in the producer workspace with its four steps, each checked with its contract schema. */
export function useProducerRequest(id: number | undefined) {
  const detail = useRecallRequestView(id);
  const [step, setStep] = useState<StepKind | null>(null);
  const [form, setForm] = useState<StepForm>({ note: '', scheduledOn: '', remedy: '' });
  const [errors, setErrors] = useState<StepErrors>({});
  const [sending, setSending] = useState(false);

  const open = useCallback(
    (kind: StepKind) => {
      const r = detail.request;
      setStep(kind);
      setForm({
        note: '',
        scheduledOn: kind === 'schedule' && r?.scheduledOn ? r.scheduledOn : '',
        remedy: r ? r.preferredRemedy : '',
      });
      setErrors({});
    },
    [detail.request],
  );
  const close = useCallback(() => setStep(null), []);
  const setField = useCallback(<K extends keyof StepForm>(k: K, v: StepForm[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    setErrors((e) => (e[k] || e.form ? { ...e, [k]: undefined, form: undefined } : e));
  }, []);

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
    if (!id || sending) return;
    const built = build();
    if (!('kind' in built)) {
      setErrors(built);
      return;
    }
    setSending(true);
    try {
      const updated = await actOnRequest(id, built);
      detail.setRequest(updated);
      setStep(null);
      void Taro.showToast({ title: DONE_TEXT[built.kind], icon: 'success' });
    } catch (err) {
      setErrors({ form: errorMessage(err) });
    } finally {
      setSending(false);
    }
  };

  return { ...detail, step, form, errors, sending, open, close, setField, confirm };
}
