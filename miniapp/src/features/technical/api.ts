import {
  STAFF_API,
  type TConsultationAnswer,
  type TRiskReportAnswer,
  type TTechnicalRequestListQuery,
  type TTechnicalRequestCreate,
} from '@recall/shared/staff';
import { call } from '../../services/client';

/** 召回技术机构: 技术会商 and 风险评估 requests, each a route of the table in @recall/shared. */
export const fetchTechnicalRequests = (query: Partial<TTechnicalRequestListQuery> = {}) =>
  call(STAFF_API.technical.list, { query });
export const fetchTechnicalRequest = (id: number) => call(STAFF_API.technical.view, { params: { id } });
export const askTechnical = (body: Omit<TTechnicalRequestCreate, 'materialIds'> & { materialIds: string[] }) =>
  call(STAFF_API.technical.create, { body });
export const answerConsultation = (id: number, body: TConsultationAnswer) =>
  call(STAFF_API.technical.consult, { params: { id }, body });
export const answerAssessment = (id: number, body: TRiskReportAnswer) =>
  call(STAFF_API.technical.assess, { params: { id }, body });
