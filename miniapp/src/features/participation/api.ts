import {
  API,
  type RecallRequestStatus,
  type TRecallRequestCreate,
  type TRecallRequestView,
  type TRequestAccept,
  type TRequestComplete,
  type TRequestConfirm,
  type TRequestDispute,
  type TRequestReject,
  type TRequestSchedule,
} from '@recall/shared';
import { call, callWith } from '../../services/client';

/** Recall participation (召回参与): routes of the table in @recall/shared. */

// ---------------------------------------------------------------- consumer

/** "I have this": a remedy request on a published recall, with the draft's Idempotency-Key. */
export const createRecallRequest = (recallId: number, body: TRecallRequestCreate, idempotencyKey: string) =>
  callWith(
    API.participation.request,
    { headers: { 'Idempotency-Key': idempotencyKey } },
    { params: { id: recallId }, body },
  );

export const fetchMyRequests = () => call(API.participation.mine);

export const fetchRecallRequest = (id: number) => call(API.participation.view, { params: { id } });

/** The consumer answers a completion: confirms it, or disputes it with a reason. */
export const confirmRequest = (id: number, body: TRequestConfirm) =>
  call(API.participation.confirm, { params: { id }, body });
export const disputeRequest = (id: number, body: TRequestDispute) =>
  call(API.participation.dispute, { params: { id }, body });

// ---------------------------------------------------------------- producer's customer service

export interface ProducerRequestFilter {
  status?: RecallRequestStatus;
  recallId?: number;
  q?: string;
}

/** The producer's requests, filtered and paged. */
export const fetchProducerRequests = (filter: ProducerRequestFilter, page: number, pageSize = 20) =>
  call(API.participation.producerList, {
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
      return call(API.participation.accept, { params, body: step.body });
    case 'reject':
      return call(API.participation.reject, { params, body: step.body });
    case 'schedule':
      return call(API.participation.schedule, { params, body: step.body });
    case 'complete':
      return call(API.participation.complete, { params, body: step.body });
  }
}
