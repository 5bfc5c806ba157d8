import type { TExpertListQuery } from '@recall/shared/staff';
import { useQueried } from '../../hooks/useResource';
import { fetchExperts } from './api';

/** The expert library as the caller may read it (masked for bureaus and the institution). */
export function useExperts(query: Partial<TExpertListQuery>) {
  return useQueried(query, fetchExperts);
}
