import { STAFF_API, type TAssistAnswer, type TAssistRequestCreate } from '@recall/shared/staff';
import { CONSUMER_API, type TStaffClueCreateRequest } from '@recall/shared';
import { call, callWith } from '../../services/client';

/** County bureaus (县级市场监管局): each a route of the table in @recall/shared (group `county`). */

export const fetchCountyClues = (page = 1, pageSize = 50) =>
  call(STAFF_API.county.clues, { query: { page, pageSize } });

export const fetchCountyClue = (id: number) => call(STAFF_API.county.clue, { params: { id } });

/** A clue the county enters, with the draft's Idempotency-Key (a retry never files it twice). */
export const enterCountyClue = (body: TStaffClueCreateRequest, idempotencyKey: string) =>
  callWith(STAFF_API.county.enterClue, { headers: { 'Idempotency-Key': idempotencyKey } }, { body });

export const fetchCountyCases = () => call(STAFF_API.county.cases);

export const fetchCountyCase = (id: number) => call(STAFF_API.county.case, { params: { id } });

/** 送达回执 of a notice the county delivered (who, when, where, how). */
export const deliverNotice = (id: number, docId: number, form: Record<string, unknown>) =>
  call(STAFF_API.county.deliver, { params: { id, docId }, body: form });

export const answerAssist = (id: number, body: TAssistAnswer) =>
  call(STAFF_API.county.answer, { params: { id }, body });

/** The handling bureau asks a county bureau of its city for assistance (协查). */
export const askAssist = (caseId: number, body: TAssistRequestCreate) =>
  call(STAFF_API.county.ask, { params: { id: caseId }, body });

/** The counties under the handling bureau's city, for the assistance request's picker. */
export const fetchCounties = (city: string) => call(CONSUMER_API.reference.regions, { query: { parent: city } });
