import {
  ZCaseDocumentView,
  ZCaseListResponse,
  ZCaseView,
  ZCompletion,
  ZInvitationView,
  type CategoryCode,
  type DocType,
  type TCaseDocumentView,
  type TCaseListResponse,
  type TCaseOpenRequest,
  type TCaseView,
  type TChannelCountRequest,
  type TCompletion,
  type TInvitationCreateRequest,
  type TInvitationView,
} from '@recall/shared';
import { request } from './request';

/**
 * Typed endpoints of the case workflow (召回案件, 苏市监规〔2025〕8号) and producer invitations.
 * Answers are parsed with the contracts in @recall/shared.
 */

/** Filled forms keyed by document type: only the documents an action files. */
export type CaseForms = Partial<Record<DocType, Record<string, unknown>>>;

export interface CaseListFilter {
  state?: string;
  due?: 'soon' | 'overdue';
  q?: string;
}

/** GET /api/cases?state=&due=&q=&page=&pageSize= — scoped by role on the server. */
export function fetchCases(filter: CaseListFilter, page: number, pageSize = 20): Promise<TCaseListResponse> {
  return request({
    url: '/api/cases',
    data: { state: filter.state, due: filter.due, q: filter.q, page, pageSize },
    schema: ZCaseListResponse,
    auth: true,
  });
}

/** GET /api/cases/:id → the case with its documents, timeline, actions and prefill. */
export function fetchCase(id: number): Promise<TCaseView> {
  return request({ url: `/api/cases/${id}`, schema: ZCaseView, auth: true });
}

/** POST /api/cases (bureau / province): 立案. */
export function openCase(body: TCaseOpenRequest): Promise<TCaseView> {
  return request({ url: '/api/cases', method: 'POST', data: body, schema: ZCaseView, auth: true });
}

/** POST /api/cases/voluntary (producer): 主动召回 with the plan (附件6) and the statement (附件8). */
export function reportVoluntaryRecall(body: { categoryCode: CategoryCode; forms: CaseForms }): Promise<TCaseView> {
  return request({ url: '/api/cases/voluntary', method: 'POST', data: body, schema: ZCaseView, auth: true });
}

export interface CaseActionBody {
  action: string;
  note?: string;
  forms: CaseForms;
}

/** POST /api/cases/:id/actions → the updated case. `forms` holds every document the action needs. */
export function actOnCase(id: number, body: CaseActionBody): Promise<TCaseView> {
  return request({ url: `/api/cases/${id}/actions`, method: 'POST', data: body, schema: ZCaseView, auth: true });
}

/** POST /api/cases/:id/documents/:docId/receipt (producer): the 送达回执 (附件5). */
export function confirmReceipt(id: number, docId: number, form: Record<string, unknown>): Promise<TCaseView> {
  return request({
    url: `/api/cases/${id}/documents/${docId}/receipt`,
    method: 'POST',
    data: form,
    schema: ZCaseView,
    auth: true,
  });
}

/** GET /api/cases/:id/documents/:docId → one document with its form data and file links. */
export function fetchCaseDocument(id: number, docId: number): Promise<TCaseDocumentView> {
  return request({ url: `/api/cases/${id}/documents/${docId}`, schema: ZCaseDocumentView, auth: true });
}

/** POST /api/cases/:id/channel-counts (producer): units completed through another channel (upsert by channel). */
export function saveChannelCount(id: number, body: TChannelCountRequest): Promise<TCompletion> {
  return request({
    url: `/api/cases/${id}/channel-counts`,
    method: 'POST',
    data: body,
    schema: ZCompletion,
    auth: true,
  });
}

/** POST /api/invitations (bureau / province): an 8-character code a producer binds with. */
export function createInvitation(body: TInvitationCreateRequest): Promise<TInvitationView> {
  return request({ url: '/api/invitations', method: 'POST', data: body, schema: ZInvitationView, auth: true });
}
