import {
  actorsForStep,
  clueTransferLevels,
  clueTransferRefusal,
  dutyRefusal,
  getProvinceProfile,
  mayOpenCase,
  noticeIssuer,
  parseProvinceProfile,
  stepDuties,
  stepLevel,
  transitionsForCaller,
  voluntaryRecallBureau,
} from '../src';
import { caseStep, type CaseStepName } from '../src/staff';
import { uscc } from './helpers';

const jiangsu = getProvinceProfile('jiangsu');
const liaoning = getProvinceProfile('liaoning');

describe('which duties a step performs', () => {
  test.each<[CaseStepName, string[]]>([
    ['open', ['openCase']],
    ['voluntary', ['voluntaryRecall']],
    ['notify_investigation', ['notices.investigation_notice']],
    ['start_defect_investigation', ['notices.defect_investigation_notice']],
    ['investigate_overdue', ['notices.defect_investigation_notice']],
    ['issue_recall_notice', ['notices.recall_notice']],
    ['return_plan', ['notices.plan_return', 'acceptPlan']],
    ['accept_plan', ['acceptPlan', 'publish']],
    ['order_rerecall', ['notices.rerecall_notice']],
    ['accept_no_defect', []],
    ['submit_plan', []],
    ['archive', []],
  ])('%s → %j', (name, duties) => {
    expect(stepDuties(caseStep(name))).toEqual(duties);
  });
});

describe('levels by province', () => {
  test.each<[CaseStepName, 'province' | 'city', 'province' | 'city']>([
    ['open', 'city', 'province'],
    ['notify_investigation', 'city', 'province'],
    ['issue_recall_notice', 'city', 'province'],
    ['accept_plan', 'city', 'province'],
    ['return_plan', 'city', 'province'],
    ['accept_no_defect', 'city', 'city'],
    ['archive', 'city', 'city'],
  ])('%s: Jiangsu %s, Liaoning %s', (name, js, ln) => {
    expect(stepLevel(jiangsu, caseStep(name))).toBe(js);
    expect(stepLevel(liaoning, caseStep(name))).toBe(ln);
  });
});

describe('who acts on a step', () => {
  const notify = caseStep('notify_investigation');
  test.each([
    ['Jiangsu city handling the case', jiangsu, ['handler'], 'bureau', ['handler']],
    ['Jiangsu province supervising a city case', jiangsu, ['province'], 'province', ['province']],
    ['Liaoning city handling an old case', liaoning, ['handler'], 'bureau', []],
    ['Liaoning province on a city case', liaoning, ['province'], 'province', ['handler', 'province']],
    ['Liaoning province on its own case', liaoning, ['handler', 'province'], 'province', ['handler', 'province']],
    ['nobody to the case', liaoning, [], 'province', []],
  ] as const)('%s', (_what, p, actors, role, expected) => {
    expect(actorsForStep(p, notify, actors, role)).toEqual(expected);
  });

  test('a producer step is nobody’s duty: unchanged', () => {
    expect(actorsForStep(liaoning, caseStep('submit_plan'), ['producer'], 'producer')).toEqual(['producer']);
  });

  test('the actions listed follow the duties', () => {
    const names = (p: typeof jiangsu, actors: readonly ('handler' | 'province')[], role: 'bureau' | 'province') =>
      transitionsForCaller(p, 'plan_submitted', actors, role).map((t) => t.action);
    expect(names(jiangsu, ['handler'], 'bureau')).toEqual(['return_plan', 'accept_plan']);
    expect(names(liaoning, ['handler'], 'bureau')).toEqual([]);
    expect(names(liaoning, ['province'], 'province')).toEqual(['return_plan', 'accept_plan']);
    expect(names(jiangsu, ['province'], 'province')).toEqual([]);
  });
});

test('refusals say who does it and why', () => {
  expect(dutyRefusal(jiangsu, caseStep('open'))).toBeNull();
  expect(dutyRefusal(liaoning, caseStep('open'))).toBe(
    `在辽宁省，「立案」由辽宁省市场监督管理局负责，市、县级局协助（依据：${liaoning.duties.basis}）`,
  );
});

test.each([
  [jiangsu, 'bureau', true],
  [jiangsu, 'province', true],
  [liaoning, 'bureau', false],
  [liaoning, 'province', true],
  [liaoning, 'county', false],
] as const)('%# may open cases', (p, role, ok) => {
  expect(mayOpenCase(p, role)).toBe(ok);
});

test.each([
  [jiangsu, 'recall_notice', '320500', '320500'],
  [jiangsu, 'decision', '320500', '320500'],
  [liaoning, 'recall_notice', '210200', '210000'],
  [liaoning, 'press_release', '210200', '210200'],
] as const)('%# notice issuer', (p, type, handler, issuer) => {
  expect(noticeIssuer(p, type, handler)).toBe(issuer);
});

test.each([
  [jiangsu, uscc('320505'), '320500'],
  [jiangsu, uscc('440300'), '320000'],
  [liaoning, uscc('210204'), '210000'],
  [liaoning, uscc('210102'), '210000'],
])('%# voluntary recall of %s goes to %s', (p, code, bureau) => {
  expect(voluntaryRecallBureau(p, code)).toBe(bureau);
});

/** A profile as JSON, to break: the field at a dotted path set to `value`, or removed when it is undefined. */
type Json = Record<string, unknown>;
function broken(p: object, path: string, value: unknown): Json {
  const copy = JSON.parse(JSON.stringify(p)) as Json;
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce((o, k) => o[k] as Json, copy);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe('where a clue may be transferred (移送): only to a level that may open a case on it', () => {
  const noCommissions = { ...liaoning, steps: { ...liaoning.steps, commissioning: null } };
  test.each([
    ['jiangsu', jiangsu, 'city', null],
    ['jiangsu', jiangsu, 'province', null],
    ['liaoning', liaoning, 'province', null],
    ['liaoning', liaoning, 'city', '线索不能移送市局办理；需要市、县级局核实的，请委托核查，线索仍由省局办理'],
    ['liaoning without commissions', noCommissions, 'city', '线索不能移送市局办理；线索由省局办理'],
  ] as const)('%s, to a %s bureau → %s', (_name, p, level, refusal) => {
    const r = clueTransferRefusal(p, level);
    if (refusal === null) expect(r).toBeNull();
    else expect(r).toBe(`在辽宁省，「立案」由辽宁省市场监督管理局负责，${refusal}（依据：${liaoning.duties.basis}）`);
    expect(clueTransferLevels(p).includes(level)).toBe(refusal === null);
  });
});

describe('profile validation', () => {
  const problem = (r: unknown) => {
    try {
      parseProvinceProfile(r, 'config/provinces/liaoning.json', 'liaoning');
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  };

  test('the shipped profiles are valid, 沈抚示范区 included', () => {
    expect(problem(JSON.parse(JSON.stringify(liaoning)))).toBeNull();
    expect(liaoning.cityBureaus.find((b) => b.zone)).toMatchObject({
      code: '219000',
      name: '沈抚示范区市场监督管理局',
    });
  });

  test.each<[string, string, unknown, string]>([
    ['no duties at all', 'duties', undefined, 'duties：缺少此项（必填）'],
    ['no openCase', 'duties.openCase', undefined, 'duties.openCase：缺少此项（必填）'],
    ['a notice missing', 'duties.notices.recall_notice', undefined, 'duties.notices.recall_notice：缺少此项（必填）'],
    ['an unknown level', 'duties.openCase', 'town', 'duties.openCase：应为 province、city、county 之一'],
    ['no province bureau', 'provinceBureau', undefined, 'provinceBureau：缺少此项（必填）'],
    ['a county opening cases', 'duties.openCase', 'county', 'duties.openCase：县级局在本系统中只协助'],
    [
      'a city notifying on province cases',
      'duties.notices.recall_notice',
      'city',
      'duties.notices.recall_notice：立案由省局负责时案件由省局承办',
    ],
    ['accepting apart from publishing', 'duties.publish', 'city', 'duties.publish：接受召回计划与公示是同一步'],
    ['a zone numbered like a city', 'cityBureaus.14.code', '219001', 'cityBureaus.14.code：示范区'],
    ['a city code of another province', 'cityBureaus.0.code', '320100', 'cityBureaus.0.code：市局代码'],
    ['the file named after another id', 'id', 'jilin', 'id：应与文件名相同（liaoning）'],
  ])('%s is refused, naming the file and the field', (_what, path, value, message) => {
    const m = problem(broken(liaoning, path, value));
    expect(m).toContain('省份配置 config/provinces/liaoning.json 无效');
    expect(m).toContain(message);
  });
});
