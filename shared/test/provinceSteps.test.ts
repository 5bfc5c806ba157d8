import {
  clueUnitsOf,
  clueShareDue,
  commissionDefaultDue,
  commissionTarget,
  computeDeadline,
  dueState,
  getProvinceProfile,
  NO_PROVINCE_STEPS,
  provinceHasStep,
  ZProvinceProfile,
} from '../src';
import { transitionsFrom, type CaseState } from '../src/staff';

/**
 * A province's own steps (辽市监发〔2020〕32号) are switched on by its profile: Liaoning has them,
 * Jiangsu (no `steps` section) has none. Dates counted by hand from the 2026 official calendar
 * (国庆 10-01..07, 调休上班 09-20 Sun and 10-10 Sat; 2026-09-24 is a Thursday).
 */
const liaoning = getProvinceProfile('liaoning');
const jiangsu = getProvinceProfile('jiangsu');

describe('which province has which step', () => {
  it.each([
    ['jiangsu', 'commissioning', false],
    ['jiangsu', 'clueSharing', false],
    ['jiangsu', 'supplementRequest', false],
    ['liaoning', 'commissioning', true],
    ['liaoning', 'clueSharing', true],
    ['liaoning', 'supplementRequest', true],
  ] as const)('%s has %s: %s', (id, section, has) => {
    expect(getProvinceProfile(id).steps[section] !== null).toBe(has);
  });

  it('a profile without `steps` has none of them', () => {
    const { steps: _s, ...raw } = jiangsu;
    expect(ZProvinceProfile.parse(raw).steps).toEqual(NO_PROVINCE_STEPS);
  });

  it('a step needing no section is every province’s', () => {
    expect(provinceHasStep(NO_PROVINCE_STEPS, undefined)).toBe(true);
    expect(provinceHasStep(NO_PROVINCE_STEPS, 'supplementRequest')).toBe(false);
  });

  it('a malformed section is refused, naming the field', () => {
    const bad = {
      ...liaoning,
      steps: { ...liaoning.steps, clueSharing: { ...liaoning.steps.clueSharing, workingDays: 0 } },
    };
    const r = ZProvinceProfile.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(['steps', 'clueSharing', 'workingDays']);
  });
});

describe('the supplement request is offered where the profile has it (辽 第十条)', () => {
  const actions = (state: CaseState, actor: 'handler' | 'producer', p: typeof liaoning) =>
    transitionsFrom(state, [actor], p.steps)
      .map((t) => t.action)
      .sort();

  it.each<[CaseState, 'handler' | 'producer', string[], string[]]>([
    [
      'report_received',
      'handler',
      ['accept_no_defect', 'start_defect_investigation'],
      ['accept_no_defect', 'request_supplement', 'start_defect_investigation'],
    ],
    ['report_received', 'producer', ['submit_plan'], ['submit_plan']],
    ['supplement_requested', 'producer', ['submit_plan'], ['submit_plan', 'submit_supplement']],
    ['supplement_requested', 'handler', ['investigate_overdue'], ['investigate_overdue']],
  ])('(%s, %s): Jiangsu %j, Liaoning %j', (state, actor, js, ln) => {
    expect(actions(state, actor, jiangsu)).toEqual(js);
    expect(actions(state, actor, liaoning)).toEqual(ln);
  });
});

describe('deadlines of the province’s own steps', () => {
  it.each([
    // 辽 第十四条: after an upheld finding, recall immediately: the plan is due the same day.
    ['liaoning', 'plan', '2026-09-24', '2026-09-24'],
    // Jiangsu keeps the 10 working days of the recall notice.
    ['jiangsu', 'plan', '2026-09-24', '2026-10-15'],
    ['liaoning', 'plan_or_objection', '2026-09-24', '2026-10-15'],
    // The supplement: Liaoning gives 10 working days; without a number, the report's default (15).
    ['liaoning', 'supplement', '2026-09-24', '2026-10-15'],
    ['jiangsu', 'supplement', '2026-09-24', '2026-10-22'],
  ] as const)('%s %s from %s → %s', (id, kind, from, dueOn) => {
    expect(computeDeadline(kind, from, getProvinceProfile(id).workflow).dueOn).toBe(dueOn);
  });

  it.each([
    // 第八条: five working days; from 2026-09-24 (Thu): 09-28, 29, 30, 10-08, 10-09 (中秋、国庆 skipped).
    ['liaoning', '2026-09-24', '2026-10-09'],
    ['liaoning', '2026-03-02', '2026-03-09'],
    ['jiangsu', '2026-03-02', null],
  ] as const)('%s: a clue received on %s is shared by %s', (id, from, dueOn) => {
    expect(clueShareDue(getProvinceProfile(id).steps, from)?.dueOn ?? null).toBe(dueOn);
  });

  it.each([
    ['liaoning', '2026-03-02', '2026-03-16'],
    ['jiangsu', '2026-03-02', null],
  ] as const)('%s: a commission of %s is answered by %s', (id, from, dueOn) => {
    expect(commissionDefaultDue(getProvinceProfile(id).steps, from)?.dueOn ?? null).toBe(dueOn);
  });

  it.each([
    ['2026-03-09', false, '2026-03-09', 'due_soon'],
    ['2026-03-09', false, '2026-03-10', 'overdue'],
    ['2026-03-09', true, '2026-03-10', 'done'],
    ['2026-03-20', false, '2026-03-02', 'ok'],
  ] as const)('due %s, done %s, on %s: %s', (dueOn, done, today, state) => {
    expect(dueState(liaoning.workflow, dueOn, done, today)).toBe(state);
  });
});

describe('whom the province may commission (辽 第五、九、十七条)', () => {
  const isCounty = (code: string) => ['210202', '210106'].includes(code);
  it.each([
    ['210200', { level: 'city', code: '210200', city: '210200' }],
    ['210202', { level: 'county', code: '210202', city: '210200' }],
    ['210106', { level: 'county', code: '210106', city: '210100' }],
    ['210000', '应为本省市局或县级市场监管局的行政区划代码'],
    ['320500', '应为本省市局或县级市场监管局的行政区划代码'],
    ['210299', '应为本省市局或县级市场监管局的行政区划代码'],
    ['21020x', '应为本省市局或县级市场监管局的行政区划代码'],
  ] as const)('%s → %j', (code, expected) => {
    expect(commissionTarget(liaoning, code, isCounty)).toEqual(expected);
  });

  it('a province that does not commission refuses every bureau', () => {
    expect(commissionTarget(jiangsu, '320500', () => true)).toBe('本省没有委托核查的程序');
  });

  it('levels the profile leaves out are refused', () => {
    const p = {
      ...liaoning,
      steps: { ...liaoning.steps, commissioning: { ...liaoning.steps.commissioning!, levels: ['city' as const] } },
    };
    expect(commissionTarget(p, '210202', isCounty)).toBe('本省不委托县级局办理');
  });
});

describe('the units that report clues to the recall division (辽 第八条), as the entry form offers them', () => {
  test('Liaoning: its units with their 5 working days', () => {
    const u = clueUnitsOf(liaoning);
    expect(u?.workingDays).toBe(5);
    expect(u?.units.map((x) => x.name)).toContain('执法稽查局');
  });
  test('Jiangsu: none, so its entry form asks nothing about units', () => {
    expect(clueUnitsOf(jiangsu)).toBeNull();
  });
});
