import { useCallback, useEffect, useState } from 'react';
import type { EvaluationCriterion, TCityEvaluation, TEvaluationResponse } from '@recall/shared/staff';
import { errorMessage } from '../../services/errors';
import { fetchEvaluation, saveEvaluation } from './api';
import { periodChoices } from './useStatistics';

/** What the province types for one city: a score (text until saved) and a note per criterion, and a summary. */
export interface EvaluationDraft {
  scores: Partial<Record<EvaluationCriterion, string>>;
  notes: Partial<Record<EvaluationCriterion, string>>;
  summary: string;
}

export const draftOf = (c: TCityEvaluation): EvaluationDraft => ({
  scores: Object.fromEntries(c.criteria.map((x) => [x.key, x.score === null ? '' : String(x.score)])),
  notes: Object.fromEntries(c.criteria.map((x) => [x.key, x.note])),
  summary: c.summary,
});

/** A typed score as the API takes it: empty is 未评分 (null); anything else is sent as typed, for the server to check. */
const scoreOf = (text: string | undefined): number | null => {
  const s = (text ?? '').trim();
  return s === '' ? null : Number(s);
};

/** The evaluation of a period, one city at a time on screen, and saving the province's scores and notes. */
export function useEvaluation() {
  const [period, setPeriod] = useState(() => periodChoices()[0].period);
  const [city, setCity] = useState<string | undefined>(undefined);
  const [data, setData] = useState<TEvaluationResponse | null>(null);
  const [draft, setDraft] = useState<EvaluationDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      const e = await fetchEvaluation({ period });
      setData(e);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [period]);

  useEffect(() => {
    void load();
  }, [load]);

  const current = data?.cities.find((c) => c.city.code === city) ?? data?.cities[0] ?? null;
  useEffect(() => {
    setDraft(current ? draftOf(current) : null);
    setSaved(null);
    // Reset the draft when another city or period is shown, not on every render.
  }, [current?.city.code, data]);

  const save = useCallback(async () => {
    if (!current || !draft) return;
    setSaving(true);
    setError(null);
    setSaved(null);
    try {
      const scores = Object.fromEntries(Object.entries(draft.scores).map(([k, v]) => [k, scoreOf(v)]));
      const next = await saveEvaluation({
        period,
        city: current.city.code,
        scores,
        notes: draft.notes,
        summary: draft.summary,
      });
      setData((d) => (d ? { ...d, cities: d.cities.map((c) => (c.city.code === next.city.code ? next : c)) } : d));
      setSaved(`已保存${next.city.name}的评价`);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }, [current, draft, period]);

  return {
    period,
    setPeriod,
    city: current?.city.code,
    setCity,
    data,
    current,
    draft,
    setDraft,
    error,
    saving,
    saved,
    save,
  };
}
