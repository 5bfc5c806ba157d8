import { STAFF_API } from '@recall/shared/staff';
import {
  type TConsultationAnswer,
  type TEffectEvaluationAnswer,
  type TExpertInput,
  type TExpertListQuery,
  type TPlanEvaluationAnswer,
  type TRiskReportAnswer,
  type TTechnicalRequestCreate,
  type TTechnicalRequestListQuery,
  type TTypicalCaseMark,
  type TTypicalCaseQuery,
} from '@recall/shared/staff';
import { call } from '../../services/client';

/** 召回技术机构: requests, answers and the libraries, each a route of the table in @recall/shared. */
export const fetchTechnicalRequests = (query: Partial<TTechnicalRequestListQuery> = {}) =>
  call(STAFF_API.technical.list, { query });
export const fetchTechnicalRequest = (id: number) => call(STAFF_API.technical.view, { params: { id } });
export const askTechnical = (
  body: Omit<TTechnicalRequestCreate, 'materialIds' | 'expertIds'> & {
    materialIds: string[];
    expertIds?: number[];
  },
) => call(STAFF_API.technical.create, { body });
export const answerConsultation = (id: number, body: TConsultationAnswer) =>
  call(STAFF_API.technical.consult, { params: { id }, body });
export const answerAssessment = (id: number, body: TRiskReportAnswer) =>
  call(STAFF_API.technical.assess, { params: { id }, body });
export const answerPlanEvaluation = (id: number, body: TPlanEvaluationAnswer) =>
  call(STAFF_API.technical.evaluatePlan, { params: { id }, body });
export const answerEffectEvaluation = (id: number, body: TEffectEvaluationAnswer) =>
  call(STAFF_API.technical.evaluateEffect, { params: { id }, body });

/** 专家库. */
export const fetchExperts = (query: Partial<TExpertListQuery> = {}) => call(STAFF_API.experts.list, { query });
export const createExpert = (body: TExpertInput) => call(STAFF_API.experts.create, { body });
export const updateExpert = (id: number, body: TExpertInput) =>
  call(STAFF_API.experts.update, { params: { id }, body });

/** 案例库. */
export const fetchTypicalCases = (query: Partial<TTypicalCaseQuery> = {}) =>
  call(STAFF_API.typicalCases.list, { query });
export const markTypical = (id: number, body: TTypicalCaseMark) =>
  call(STAFF_API.typicalCases.mark, { params: { id }, body });
export const unmarkTypical = (id: number) => call(STAFF_API.typicalCases.unmark, { params: { id } });
