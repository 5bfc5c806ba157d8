import { fetchMyRequests, fetchRecallRequest } from './api';
import { useDetail, useMyList } from '../../hooks/useResource';

/** 我的召回申请: the signed-in consumer's requests, newest first. */
export const useMyRequests = (enabled: boolean) => useMyList(enabled, fetchMyRequests);

/**
 * One request with every step (GET /api/recall-requests/:id), for its consumer or the producer's
 * customer service.
 */
export function useRecallRequestView(id: number | undefined) {
  const { data, setData, ...state } = useDetail(id, fetchRecallRequest, {
    missingId: '链接中缺少申请编号',
    missingIsNotFound: true,
  });
  return { request: data, setRequest: setData, ...state };
}
