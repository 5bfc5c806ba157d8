import {
  API,
  type TConsultationAnswer,
  type TRiskReportAnswer,
  type TTechnicalRequestCreate,
  type TTechnicalRequestListQuery,
} from '@recall/shared';
import { call } from '../../services/client';

/** 召回技术机构: 技术会商 and 风险评估 requests, each a route of the table in @recall/shared. */
export const fetchTechnicalRequests = (query: Partial<TTechnicalRequestListQuery> = {}) =>
  call(API.technical.list, { query });
export const fetchTechnicalRequest = (id: number) => call(API.technical.view, { params: { id } });
export const askTechnical = (body: Omit<TTechnicalRequestCreate, 'materialIds'> & { materialIds: string[] }) =>
  call(API.technical.create, { body });
export const answerConsultation = (id: number, body: TConsultationAnswer) =>
  call(API.technical.consult, { params: { id }, body });
export const answerAssessment = (id: number, body: TRiskReportAnswer) =>
  call(API.technical.assess, { params: { id }, body });
