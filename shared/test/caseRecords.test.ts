import {
  MEASURE_KINDS,
  ZAuditEvent,
  ZInspectionInput,
  ZInterviewInput,
  ZMeasureInput,
  producerSeesRecord,
  recordDue,
} from '../src/staff';

/** Case records (现场调查, 约谈, 处理措施): what the contract accepts and who sees what. */

const inspection = {
  inspectedOn: '2026-03-30',
  place: '生产车间',
  investigators: [
    { name: '王明', certificateNo: '32050012345' },
    { name: '李华', certificateNo: '32050012346' },
  ],
  partyName: '苏州暖阳电器有限公司',
  partyPresent: '赵强',
  inspected: '抽样 3 台',
  findings: '来料检验记录缺失',
};

const paths = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  r.error?.issues.map((i) => i.path.map(String).join('.')) ?? [];

describe('case records', () => {
  it('an on-site investigation needs two officers with distinct certificate numbers (办法 第十五条)', () => {
    expect(ZInspectionInput.safeParse(inspection).success).toBe(true);
    const one = ZInspectionInput.safeParse({ ...inspection, investigators: [inspection.investigators[0]] });
    expect(paths(one)).toEqual(['investigators']);
    expect(one.error!.issues[0].message).toBe('现场调查的执法人员不得少于两人');
    const same = ZInspectionInput.safeParse({
      ...inspection,
      investigators: [inspection.investigators[0], inspection.investigators[0]],
    });
    expect(paths(same)).toEqual(['investigators']);
  });

  it('a measure is one of the list; a penalty names its decision and only a penalty has an amount', () => {
    const base = { takenOn: '2026-04-01', content: '罚款' };
    expect(Object.values(MEASURE_KINDS)).toEqual(['行政处罚', '纳入企业信用记录', '依法向社会公布', '其他措施']);
    expect(paths(ZMeasureInput.safeParse({ ...base, kind: 'warning' }))).toEqual(['kind']);
    expect(paths(ZMeasureInput.safeParse({ ...base, kind: 'administrative_penalty' }))).toEqual(['decisionNo']);
    expect(paths(ZMeasureInput.safeParse({ ...base, kind: 'credit_record', amount: 5 }))).toEqual(['amount']);
    expect(
      ZMeasureInput.safeParse({ ...base, kind: 'administrative_penalty', decisionNo: '罚〔2026〕1号', amount: 50000.5 })
        .success,
    ).toBe(true);
  });

  it('the producer sees interviews and measures, never the on-site investigation', () => {
    expect(['inspection', 'interview', 'measure'].map((k) => producerSeesRecord(k as never))).toEqual([
      false,
      true,
      true,
    ]);
  });

  it.each<[string, unknown]>([
    ['case.record_added', { recordId: 3, kind: 'interview', summary: '约谈生产者：会议室' }],
    ['case.record_file', { fileId: 'a', name: '抽样单.pdf', bytes: 10 }],
  ])('%s is an audit event of the case', (action, detail) => {
    expect(ZAuditEvent.parse({ action, entityType: 'case', detail })).toEqual({ action, entityType: 'case', detail });
  });
});

describe('期限 of an interview or a measure', () => {
  const interview = {
    heldOn: '2026-04-01',
    place: '市局三楼会议室',
    bureauAttendees: [{ name: '王明', certificateNo: '32050012345' }],
    producerAttendees: [{ name: '赵强' }],
    requirements: '十日内提交整改报告',
    commitments: '按期整改',
  };
  it('is optional, and never before the day of the interview or the decision', () => {
    expect(ZInterviewInput.safeParse(interview).success).toBe(true);
    expect(ZInterviewInput.safeParse({ ...interview, dueOn: '2026-04-11' }).success).toBe(true);
    const early = ZInterviewInput.safeParse({ ...interview, dueOn: '2026-03-31' });
    expect(paths(early)).toEqual(['dueOn']);
    expect(early.error!.issues[0].message).toBe('整改期限不能早于约谈日期');
    expect(paths(ZInterviewInput.safeParse({ ...interview, dueOn: '2026-02-30' }))).toEqual(['dueOn']);
    const measure = { kind: 'credit_record', takenOn: '2026-04-01', content: '纳入企业信用记录' };
    expect(ZMeasureInput.safeParse({ ...measure, dueOn: '2026-04-01' }).success).toBe(true);
    expect(ZMeasureInput.safeParse({ ...measure, dueOn: '2026-03-01' }).error!.issues[0].message).toBe(
      '履行期限不能早于决定日期',
    );
  });

  it.each([
    [undefined, '2026-04-05', 'none', '未规定期限'],
    ['2026-04-11', '2026-04-05', 'open', '2026-04-11 前，还剩 6 天'],
    ['2026-04-05', '2026-04-05', 'due_today', '2026-04-05，今日到期'],
    ['2026-04-05', '2026-04-08', 'overdue', '2026-04-05，已逾期 3 天'],
    // Across a month and a year end.
    ['2027-01-02', '2026-12-30', 'open', '2027-01-02 前，还剩 3 天'],
  ])('recordDue(%s, today %s) → %s', (dueOn, today, status, label) => {
    expect(recordDue(dueOn, today)).toEqual({ status, label });
  });
});
