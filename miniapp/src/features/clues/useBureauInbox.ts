import { fetchBureauClues, type BureauClueFilter } from './staffApi';
import { usePagedList } from '../../hooks/usePagedList';

/**
 * The bureau's inbox (GET /api/bureau/clues): filters (status, category, injury, date range) and
 * the unread count, paged and refreshed as `usePagedList` does (a clue opened and handled
 * elsewhere comes back read and updated).
 */
export function useBureauInbox(enabled: boolean) {
  const { apply, last, ...list } = usePagedList(fetchBureauClues, {} as BureauClueFilter, { enabled });

  const setFilter = (patch: BureauClueFilter) => {
    const next = { ...list.filter, ...patch };
    for (const k of Object.keys(next) as Array<keyof BureauClueFilter>) if (!next[k]) delete next[k];
    apply(next);
  };

  return {
    ...list,
    unread: last?.unread ?? 0,
    setFilter,
    clearFilter: () =>
      setFilter({ status: undefined, category: undefined, injury: undefined, from: undefined, to: undefined }),
  };
}
