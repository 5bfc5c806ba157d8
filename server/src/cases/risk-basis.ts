import { profileInstitution, type ProvinceProfile } from '@recall/shared';
import type { EntityManager } from 'typeorm';
import { badRequest } from '../core/errors';
import { cnDate } from '../documents/parts';
import { TechnicalRequest } from '../db/entity';

/** The determination that may cite a risk-assessment report (办法 第十六条: 风险评估结果作为认定缺陷的依据). */
export const CITING_ACTION = 'issue_recall_notice';

/** What the recall notice records of the report it cites (附件4: 经调查核实，并依据…). */
export interface RiskBasis {
  institution: string;
  reportedOn: string;
}

export const riskBasisText = (b: RiskBasis) => `${b.institution} 风险评估报告（${cnDate(b.reportedOn)}）`;

/** The filed report of this case a determination cites, or a 400 naming riskReportId. */
export async function citableReport(
  m: EntityManager,
  profile: ProvinceProfile,
  caseId: number,
  action: string,
  reportId: number,
): Promise<{ report: TechnicalRequest; basis: RiskBasis }> {
  if (action !== CITING_ACTION)
    throw badRequest('风险评估报告在认定存在缺陷、发出召回通知时引用', [
      { path: 'riskReportId', message: '这一步不引用风险评估报告' },
    ]);
  const report = await m.findOneBy(TechnicalRequest, { id: reportId, caseId, kind: 'risk_assessment' });
  if (!report || report.status !== 'answered' || !report.answeredOn)
    throw badRequest('没有找到本案件已提交的风险评估报告', [
      { path: 'riskReportId', message: '不是本案件已提交的风险评估报告' },
    ]);
  const institution = profileInstitution(profile, report.institutionCode)?.name ?? report.institutionCode;
  return { report, basis: { institution, reportedOn: report.answeredOn } };
}

/** The basis the case's determination cited, as the case view shows it: 依据：<机构> 风险评估报告（日期）. */
export async function citedBasis(m: EntityManager, profile: ProvinceProfile, caseId: number): Promise<string | null> {
  const cited = await m.find(TechnicalRequest, { where: { caseId, kind: 'risk_assessment' }, order: { id: 'DESC' } });
  const r = cited.find((x) => x.citedDocId && x.answeredOn);
  if (!r) return null;
  const institution = profileInstitution(profile, r.institutionCode)?.name ?? r.institutionCode;
  return `依据：${riskBasisText({ institution, reportedOn: r.answeredOn! })}`;
}
