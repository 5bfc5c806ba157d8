import {
  ZLoginResponse,
  ZRecallRequestList,
  ZRecallRequestView,
  type RecallRequestStatus,
  type TLoginResponse,
  type TProducerBindRequest,
  type TProducerRegisterRequest,
  type TRecallRequestCreate,
  type TRecallRequestList,
  type TRecallRequestView,
  type TRequestAccept,
  type TRequestComplete,
  type TRequestReject,
  type TRequestSchedule,
} from '@recall/shared';
import { request } from './request';

/**
 * Recall participation (召回参与) and producer account binding. Shapes are the contract in
 * @recall/shared (schemas/participation.ts, schemas/case.ts); every answer is parsed with it.
 */

// ---------------------------------------------------------------- consumer

/**
 * POST /api/recalls/:id/requests with the draft's Idempotency-Key: the same key again returns the
 * same request, so a retry after a dropped connection never asks the producer twice.
 */
export function createRecallRequest(
  recallId: number,
  body: TRecallRequestCreate,
  idempotencyKey: string,
): Promise<TRecallRequestView> {
  return request({
    url: `/api/recalls/${recallId}/requests`,
    method: 'POST',
    data: body,
    schema: ZRecallRequestView,
    auth: true,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** GET /api/recall-requests → the signed-in consumer's own requests. */
export function fetchMyRequests(): Promise<TRecallRequestList> {
  return request({ url: '/api/recall-requests', schema: ZRecallRequestList, auth: true });
}

/** GET /api/recall-requests/:id → one request (its consumer, or the producer of the recall). */
export function fetchRecallRequest(id: number): Promise<TRecallRequestView> {
  return request({ url: `/api/recall-requests/${id}`, schema: ZRecallRequestView, auth: true });
}

// ---------------------------------------------------------------- producer's customer service

export interface ProducerRequestFilter {
  status?: RecallRequestStatus;
  recallId?: number;
  q?: string;
}

/** GET /api/producer/requests?status=&recallId=&q=&page=&pageSize= → the producer's requests. */
export function fetchProducerRequests(
  filter: ProducerRequestFilter,
  page: number,
  pageSize = 20,
): Promise<TRecallRequestList> {
  return request({
    url: '/api/producer/requests',
    data: { status: filter.status, recallId: filter.recallId, q: filter.q, page, pageSize },
    schema: ZRecallRequestList,
    auth: true,
  });
}

export type RequestStep =
  | { kind: 'accept'; body: TRequestAccept }
  | { kind: 'reject'; body: TRequestReject }
  | { kind: 'schedule'; body: TRequestSchedule }
  | { kind: 'complete'; body: TRequestComplete };

/** POST /api/producer/requests/:id/{accept|reject|schedule|complete} → the updated request. */
export function actOnRequest(id: number, step: RequestStep): Promise<TRecallRequestView> {
  return request({
    url: `/api/producer/requests/${id}/${step.kind}`,
    method: 'POST',
    data: step.body,
    schema: ZRecallRequestView,
    auth: true,
  });
}

// ---------------------------------------------------------------- producer accounts

/** POST /api/producer/bind (signed in, e.g. a WeChat consumer) {code} → a new producer token. */
export function bindProducer(body: TProducerBindRequest): Promise<TLoginResponse> {
  return request({ url: '/api/producer/bind', method: 'POST', data: body, schema: ZLoginResponse, auth: true });
}

/** POST /api/producer/register (no sign-in) {code, username, password, displayName} → a producer token. */
export function registerProducer(body: TProducerRegisterRequest): Promise<TLoginResponse> {
  return request({ url: '/api/producer/register', method: 'POST', data: body, schema: ZLoginResponse });
}
