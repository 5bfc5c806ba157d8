import { useEffect, useState } from 'react';
import type { TBureauListResponse } from '@recall/shared';
import { fetchBureaus } from './api';
import { errorMessage } from '../../services/errors';

let cached: TBureauListResponse | null = null;
let inFlight: Promise<TBureauListResponse> | null = null;

/** The bureaus of the province (GET /api/bureaus), loaded once per launch. */
export function useBureaus(enabled = true) {
  const [data, setData] = useState<TBureauListResponse | null>(cached);
  const [error, setError] = useState<string | null>(null);

  const load = () => {
    setError(null);
    inFlight ??= fetchBureaus().finally(() => {
      inFlight = null;
    });
    inFlight.then(
      (res) => {
        cached = res;
        setData(res);
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  };

  useEffect(() => {
    if (enabled && !cached) load();
  }, [enabled]);

  return { data, error, reload: load };
}

/**
 * The province's rules the screens cite (消费提示, 事故报告, 线索来源, 技术会商), from its profile
 * via GET /api/bureaus; null until loaded, so a screen shows the sentence without the citation.
 */
export function useReferences(): TBureauListResponse['references'] | null {
  return useBureaus().data?.references ?? null;
}

/**
 * Each document's heading in the province's set ('附件6 消费品召回计划' in Jiangsu, '送达回证' in
 * Liaoning), from its profile via GET /api/bureaus; null until loaded.
 */
export function useDocTitles(): TBureauListResponse['documents'] | null {
  return useBureaus().data?.documents ?? null;
}

/** '苏州市市场监督管理局' → '苏州市' (a bureau's name as a place). */
export function placeOf(bureauName: string): string {
  return bureauName.replace(/市场监督管理局$|市场监管局$/, '') || bureauName;
}
