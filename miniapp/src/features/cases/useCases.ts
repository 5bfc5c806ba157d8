import { type TCaseListResponse } from '@recall/shared/staff';
import { fetchCases } from './api';
import { usePagedList } from '../../hooks/usePagedList';

export type CaseTab = 'all' | 'soon' | 'overdue';
const NO_COUNTS: TCaseListResponse['counts'] = { dueSoon: 0, overdue: 0, awaitingReceipt: 0 };

const fetchCaseTab = ({ tab, q }: { tab: CaseTab; q: string }, page: number, pageSize: number) =>
  fetchCases({ due: tab === 'all' ? undefined : tab, q: q.trim() || undefined }, page, pageSize);

/**
 * A case list (GET /api/cases, scoped by role): tabs 全部 / 即将到期 / 已逾期 (`due=`), a keyword,
 * and the counts, paged and refreshed as `usePagedList` does.
 */
export function useCases(enabled: boolean, options: { receiptFirst?: boolean } = {}) {
  const { filter, apply, items, last, ...list } = usePagedList(fetchCaseTab, { tab: 'all', q: '' }, { enabled });

  // The producer sees the notices to confirm first (a stable sort keeps the server's order otherwise).
  const shown = options.receiptFirst
    ? [...items].sort((a, b) => Number(b.awaitingReceipt) - Number(a.awaitingReceipt))
    : items;

  return {
    ...list,
    tab: filter.tab,
    q: filter.q,
    items: shown,
    counts: last?.counts ?? NO_COUNTS,
    // Where the province profile gives 立案 to another level (辽: the province bureau): who does it.
    openNote: last?.openNote ?? null,
    setTab: (tab: CaseTab) => {
      if (tab !== filter.tab) apply({ ...filter, tab });
    },
    search: (q: string) => apply({ ...filter, q }),
  };
}
