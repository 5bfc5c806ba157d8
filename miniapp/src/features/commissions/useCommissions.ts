import type { TCommissionListQuery } from '@recall/shared/staff';
import { useQueried } from '../../hooks/useResource';
import { fetchCommissions } from './api';

/** The commissions the caller sees (the province's, or those made to its bureau), of one clue or case if given. */
export function useCommissions(query: TCommissionListQuery) {
  return useQueried(query, fetchCommissions);
}
