import { effectRate, planConclusionFits, ZEffectEvaluationAnswer, ZPlanEvaluationAnswer } from '../src/staff';
import { personalDataIn, ZExpertInput, ZTypicalCaseMark } from '../src/schemas/libraries';

/** The technical institution's evaluations and the libraries: the rules as data, table-driven. */

const met = { result: 'met' as const };
const unmet = { result: 'unmet' as const, note: '数量与销售记录不符' };
const all = (c: { result: 'met' | 'unmet' }) => ({
  batchesAccurate: c,
  quantityTrue: c,
  contentComplete: c,
  measuresFeasible: c,
});

describe('planConclusionFits: a plan with a point not met is not recommended for acceptance', () => {
  test.each([
    ['all met, acceptable', all(met), 'acceptable', true],
    ['all met, revise', all(met), 'revise', true],
    ['one unmet, acceptable', { ...all(met), quantityTrue: unmet }, 'acceptable', false],
    ['one unmet, revise', { ...all(met), quantityTrue: unmet }, 'revise', true],
    ['all unmet, acceptable', all(unmet), 'acceptable', false],
  ] as const)('%s', (_, checklist, conclusion, fits) => {
    expect(planConclusionFits(checklist, conclusion)).toBe(fits);
  });
});

const paths = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  r.error?.issues.map((i) => i.path.map(String).join('.')) ?? [];

describe('ZPlanEvaluationAnswer', () => {
  test.each([
    ['complete', { checklist: all(met), conclusion: 'acceptable', opinion: '符合' }, []],
    [
      'unmet without a note',
      { checklist: { ...all(met), batchesAccurate: { result: 'unmet' } }, conclusion: 'revise', opinion: 'x' },
      ['checklist.batchesAccurate.note'],
    ],
    [
      'a point missing',
      { checklist: { ...all(met), measuresFeasible: undefined }, conclusion: 'revise', opinion: 'x' },
      ['checklist.measuresFeasible'],
    ],
    [
      'acceptable with a point unmet',
      { checklist: { ...all(met), contentComplete: unmet }, conclusion: 'acceptable', opinion: 'x' },
      ['conclusion'],
    ],
  ])('%s', (_, body, expected) => {
    expect(paths(ZPlanEvaluationAnswer.safeParse(body))).toEqual(expected);
  });
});

describe('ZEffectEvaluationAnswer and effectRate', () => {
  const base = { channelsReached: '门店', residualRisk: '低', conclusion: 'effective', opinion: '有效' };
  test.each([
    [{ unitsInScope: 100, unitsRemedied: 100 }, []],
    [{ unitsInScope: 100, unitsRemedied: 101 }, ['unitsRemedied']],
    [{ unitsInScope: 0, unitsRemedied: 0 }, ['unitsInScope']],
    [{ unitsInScope: 10, unitsRemedied: -1 }, ['unitsRemedied']],
  ])('%o', (units, expected) => {
    expect(paths(ZEffectEvaluationAnswer.safeParse({ ...base, ...units }))).toEqual(expected);
  });
  test.each([
    [70, 200, 35],
    [1, 3, 33.3],
    [0, 0, 0],
    [5, 5, 100],
  ])('%i of %i is %d%%', (remedied, inScope, rate) => {
    expect(effectRate(remedied, inScope)).toBe(rate);
  });
});

describe('personalDataIn: typical-case summaries carry no personal data', () => {
  test.each([
    ['企业主动召回 500 台并更换温控器。', null],
    ['消费者王某（13812345678）投诉', '手机号码'],
    ['身份证 32050519800101123X 的消费者', '身份证号码'],
    ['联系电话 0512-68881234', '电话号码'],
    ['批次 20250901 共 1000 台', null],
  ])('%s', (text, found) => {
    expect(personalDataIn(text)).toBe(found);
  });
  test('the mark names the field', () => {
    expect(paths(ZTypicalCaseMark.safeParse({ title: '标题', summary: '联系 13812345678' }))).toEqual(['summary']);
  });
});

describe('ZExpertInput', () => {
  const expert = {
    name: '张明远',
    organisation: '南京理工大学',
    title: '教授',
    phone: '13912345678',
    categoryCodes: ['01'],
  };
  test.each([
    [expert, []],
    [{ ...expert, categoryCodes: [] }, ['categoryCodes']],
    [{ ...expert, categoryCodes: ['99'] }, ['categoryCodes.0']],
    [{ ...expert, phone: '123' }, ['phone']],
    [{ ...expert, name: '' }, ['name']],
  ])('%o', (body, expected) => {
    expect(paths(ZExpertInput.safeParse(body))).toEqual(expected);
  });
  test('active by default', () => {
    expect(ZExpertInput.parse(expert).active).toBe(true);
  });
});
