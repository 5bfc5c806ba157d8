import {
  STAFF_API,
  type DefectClass,
  type DocType,
  type TCaseListQuery,
  type TChannelCountRequest,
  type TCaseOpenRequest,
  type TInvitationCreateRequest,
  type CaseAction,
  type TCalendarYearInput,
} from '@recall/shared/staff';
import { type CategoryCode } from '@recall/shared';
import { call } from '../../services/client';

/** The case workflow (召回案件): each a route of the table in @recall/shared (src/api/table.ts). */

export type CaseForms = Partial<Record<DocType, Record<string, unknown>>>;

export type CaseListFilter = Pick<TCaseListQuery, 'state' | 'due' | 'q'>;

export const fetchCases = (filter: CaseListFilter, page: number, pageSize = 20) =>
  call(STAFF_API.cases.list, { query: { state: filter.state, due: filter.due, q: filter.q, page, pageSize } });

/** The case with its documents, timeline, actions and prefill. */
export const fetchCase = (id: number) => call(STAFF_API.cases.view, { params: { id } });

/** 立案 (bureau / province). */
export const openCase = (body: TCaseOpenRequest) => call(STAFF_API.cases.open, { body });

/** 主动召回 with the plan (附件6) and the statement (附件8), by the producer. */
export const reportVoluntaryRecall = (body: { categoryCode: CategoryCode; forms: CaseForms }) =>
  call(STAFF_API.cases.voluntary, { body });

export interface CaseActionBody {
  action: CaseAction;
  note?: string;
  forms: CaseForms;
  /** 缺陷类别, where the defect is determined. */
  defectClass?: DefectClass;
  /** The 风险评估报告 the determination cites (办法 第十六条). */
  riskReportId?: number;
}

/** One step of the case; `forms` holds every document the action needs. */
export const actOnCase = (id: number, body: CaseActionBody) => call(STAFF_API.cases.act, { params: { id }, body });

/** The 送达回执 (附件5), by the producer. */
export const confirmReceipt = (id: number, docId: number, form: Record<string, unknown>) =>
  call(STAFF_API.cases.receipt, { params: { id, docId }, body: form });

/** One document with its form data and file links. */
export const fetchCaseDocument = (id: number, docId: number) =>
  call(STAFF_API.cases.document, { params: { id, docId } });

/** Units completed through another channel (upsert by channel), by the producer. */
export const saveChannelCount = (id: number, body: TChannelCountRequest) =>
  call(STAFF_API.cases.channelCount, { params: { id }, body });

/** The years the server's working-day calendar covers (province, admin). */
export const fetchCalendarYears = () => call(STAFF_API.reference.calendar);

/** Enters (or corrects) a year of 法定节假日安排; the server recounts open cases' deadlines. */
export const enterCalendarYear = (body: TCalendarYearInput) => call(STAFF_API.reference.enterCalendarYear, { body });

/** An 8-character code a producer binds with (bureau / province). */
export const createInvitation = (body: TInvitationCreateRequest) => call(STAFF_API.accounts.invite, { body });
