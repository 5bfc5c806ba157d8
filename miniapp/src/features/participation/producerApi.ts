import { STAFF_API } from '@recall/shared/staff';
import {
  type RecallRequestStatus,
  type TRecallRequestView,
  type TRequestAccept,
  type TRequestComplete,
  type TRequestReject,
  type TRequestSchedule,
} from '@recall/shared';
import { call } from '../../services/client';

/** Recall participation, the producer's customer service: STAFF_API routes, loaded only by the producer subpackage. */
export interface ProducerRequestFilter {
  status?: RecallRequestStatus;
  recallId?: number;
  q?: string;
}

/** The producer's requests, filtered and paged. */
export const fetchProducerRequests = (filter: ProducerRequestFilter, page: number, pageSize = 20) =>
  call(STAFF_API.participation.producerList, {
    query: { status: filter.status, recallId: filter.recallId, q: filter.q, page, pageSize },
  });

export type RequestStep =
  | { kind: 'accept'; body: TRequestAccept }
  | { kind: 'reject'; body: TRequestReject }
  | { kind: 'schedule'; body: TRequestSchedule }
  | { kind: 'complete'; body: TRequestComplete };

/** One step of customer service on a request → the updated request. */
export function actOnRequest(id: number, step: RequestStep): Promise<TRecallRequestView> {
  const params = { id };
  switch (step.kind) {
    case 'accept':
      return call(STAFF_API.participation.accept, { params, body: step.body });
    case 'reject':
      return call(STAFF_API.participation.reject, { params, body: step.body });
    case 'schedule':
      return call(STAFF_API.participation.schedule, { params, body: step.body });
    case 'complete':
      return call(STAFF_API.participation.complete, { params, body: step.body });
  }
}
