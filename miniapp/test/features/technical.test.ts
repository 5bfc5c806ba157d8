import type { TTechnicalRequestView } from '@recall/shared';
import { participantsOf, riskReportLabel } from '../../src/features/technical/answer';

describe('the technical institution answers a request', () => {
  test('participants are typed one per line or separated by ；', () => {
    expect(participantsOf('张教授（南京理工大学）\n\n 陈高工（省质检院）；李工')).toEqual([
      '张教授（南京理工大学）',
      '陈高工（省质检院）',
      '李工',
    ]);
    expect(participantsOf('  \n ')).toEqual([]);
  });

  test('a filed report is offered as the basis by institution, date and risk level', () => {
    const r = {
      institutionName: '江苏省缺陷产品召回技术中心',
      answer: { answeredOn: '2026-03-05', report: { riskLevelLabel: '高风险' } },
    } as unknown as TTechnicalRequestView;
    expect(riskReportLabel(r)).toBe('江苏省缺陷产品召回技术中心 风险评估报告（2026-03-05，高风险）');
  });
});
