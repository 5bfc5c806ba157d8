import type { TTechnicalRequestListQuery } from '@recall/shared/staff';
import { useQueried } from '../../hooks/useResource';
import { fetchTechnicalRequests } from './api';

/** Requests to the technical institution: the institution's own, or those on one clue or case. */
export function useTechnicalRequests(query: Partial<TTechnicalRequestListQuery>) {
  return useQueried(query, fetchTechnicalRequests);
}
