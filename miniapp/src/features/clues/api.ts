import { CONSUMER_API, type TClueCreateRequest, type TRecallMatchRequest } from '@recall/shared';
import { call, callWith } from '../../services/client';

/** A consumer's clues (线索): routes of CONSUMER_API. The bureau's side is in staffApi.ts. */

/**
 * A consumer's report with the draft's Idempotency-Key: sending the same key again returns the
 * same clue, so a retry after a dropped connection never files the report twice.
 */
export const createClue = (body: TClueCreateRequest, idempotencyKey: string) =>
  callWith(CONSUMER_API.clues.create, { headers: { 'Idempotency-Key': idempotencyKey } }, { body });

export const fetchMyClues = () => call(CONSUMER_API.clues.mine);

export const fetchClue = (id: number) => call(CONSUMER_API.clues.view, { params: { id } });

export const fetchBureaus = () => call(CONSUMER_API.reference.bureaus);

export const matchRecalls = (body: TRecallMatchRequest) => call(CONSUMER_API.recalls.match, { body });
