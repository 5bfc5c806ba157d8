import type { TTechnicalRequestView } from '@recall/shared/staff';

/** 参加人员 as typed: one per line (or separated by ；), blanks dropped. */
export function participantsOf(text: string): string[] {
  return text
    .split(/\n|；|;/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** How a filed report is offered as the basis of a determination: 机构 风险评估报告（日期，等级）. */
export function riskReportLabel(r: TTechnicalRequestView): string {
  const a = r.answer;
  return `${r.institutionName} 风险评估报告（${a?.answeredOn ?? ''}${a?.report ? `，${a.report.riskLevelLabel}` : ''}）`;
}
