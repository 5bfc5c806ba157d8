import { CONSUMER_API, type TRecallRequestCreate, type TRequestConfirm, type TRequestDispute } from '@recall/shared';
import { call, callWith } from '../../services/client';

/** Recall participation (召回参与), the consumer's side: routes of CONSUMER_API. The producer's is producerApi.ts. */

// ---------------------------------------------------------------- consumer

/** "I have this": a remedy request on a published recall, with the draft's Idempotency-Key. */
export const createRecallRequest = (recallId: number, body: TRecallRequestCreate, idempotencyKey: string) =>
  callWith(
    CONSUMER_API.participation.request,
    { headers: { 'Idempotency-Key': idempotencyKey } },
    { params: { id: recallId }, body },
  );

export const fetchMyRequests = () => call(CONSUMER_API.participation.mine);

export const fetchRecallRequest = (id: number) => call(CONSUMER_API.participation.view, { params: { id } });

/** The consumer answers a completion: confirms it, or disputes it with a reason. */
export const confirmRequest = (id: number, body: TRequestConfirm) =>
  call(CONSUMER_API.participation.confirm, { params: { id }, body });
export const disputeRequest = (id: number, body: TRequestDispute) =>
  call(CONSUMER_API.participation.dispute, { params: { id }, body });
