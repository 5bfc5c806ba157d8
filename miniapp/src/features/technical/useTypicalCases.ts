import type { TTypicalCaseQuery } from '@recall/shared/staff';
import { useQueried } from '../../hooks/useResource';
import { fetchTypicalCases } from './api';

/** The case library, searched. */
export function useTypicalCases(query: Partial<TTypicalCaseQuery>) {
  return useQueried(query, fetchTypicalCases);
}
