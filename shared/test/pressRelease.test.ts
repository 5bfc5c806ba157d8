import { getProvinceProfile } from '../src';
import { DOC_SCHEMAS, draftPressRelease, type PressReleaseInput } from '../src/staff';

/**
 * The 新闻稿 (附件7) in exact words, one row per combination the template allows: brand inside or
 * outside the product name, 部分, 扩大召回 with the two recalls' total, 受缺陷调查影响 / 主动,
 * the bureau's own line or 12315, the producer's website and contact, the province's rules.
 */
const PLAN = {
  productName: '电暖器',
  brand: '暖阳',
  models: ['NY-2000'],
  productionFrom: '2025-01-01',
  productionTo: '2025-06-30',
  involvedQty: 1200,
  defect: '温控器触点粘连',
  consequence: '火灾',
  remedyType: 'replace',
  measures: '免费更换新版温控组件',
  contact: '400-800-1234',
  startDate: '2026-03-02',
};
const BASE: PressReleaseInput = {
  producerName: '苏州暖阳电器有限公司',
  bureauName: '苏州市市场监督管理局',
  provinceRules: getProvinceProfile('jiangsu').recallRules,
  voluntary: true,
  investigated: false,
  plan: PLAN,
};
const draft = (over: Partial<PressReleaseInput>, plan: Record<string, unknown> = {}) =>
  draftPressRelease({ ...BASE, ...over, plan: { ...PLAN, ...plan } });
const paragraphs = (over: Partial<PressReleaseInput>, plan: Record<string, unknown> = {}) =>
  draft(over, plan).body.split('\n\n');

const JS = '按照《消费品召回管理暂行规定》《江苏省缺陷消费品召回管理办法》的要求，';
const TAIL =
  '消费者也可在“缺陷消费品召回”小程序中扫描商品条码或搜索产品，查询持有的产品是否在召回范围内。' +
  '消费者可拨打12315，向苏州市市场监督管理局反映召回活动实施过程中的问题或提供缺陷线索。' +
  '此外，消费者还可登录国家市场监督管理总局缺陷产品召回技术中心网站、中国产品安全与召回信息网，或关注微信公众号（SAMRDPRC），了解更多信息，反映缺陷线索。';

describe('the title and opening paragraph', () => {
  test.each<[string, Partial<PressReleaseInput>, Record<string, unknown>, string, string]>([
    [
      'voluntary, brand outside the product name',
      {},
      {},
      '苏州暖阳电器有限公司召回暖阳牌电暖器',
      `日前，苏州暖阳电器有限公司${JS}主动向苏州市市场监督管理局报告了召回计划，将自2026年3月2日起，召回2025年1月1日至2025年6月30日期间制造的暖阳牌NY-2000型号电暖器，涉及数量为1200件。`,
    ],
    [
      'brand inside the product name is said once',
      {},
      { productName: '暖阳牌电暖器', brand: '暖阳' },
      '苏州暖阳电器有限公司召回暖阳牌电暖器',
      `日前，苏州暖阳电器有限公司${JS}主动向苏州市市场监督管理局报告了召回计划，将自2026年3月2日起，召回2025年1月1日至2025年6月30日期间制造的暖阳牌NY-2000型号电暖器，涉及数量为1200件。`,
    ],
    [
      'brand written with 牌, product name carrying the brand without it; models as 型',
      {},
      { productName: '暖阳电暖器', brand: '暖阳牌', models: ['NY-2000型', 'NY-2100'] },
      '苏州暖阳电器有限公司召回暖阳电暖器',
      `日前，苏州暖阳电器有限公司${JS}主动向苏州市市场监督管理局报告了召回计划，将自2026年3月2日起，召回2025年1月1日至2025年6月30日期间制造的NY-2000、NY-2100型号暖阳电暖器，涉及数量为1200件。`,
    ],
    [
      'listed batches: 部分',
      {},
      { batches: ['B2501'] },
      '苏州暖阳电器有限公司召回部分暖阳牌电暖器',
      `日前，苏州暖阳电器有限公司${JS}主动向苏州市市场监督管理局报告了召回计划，将自2026年3月2日起，召回2025年1月1日至2025年6月30日期间制造的部分暖阳牌NY-2000型号电暖器，涉及数量为1200件。`,
    ],
    [
      'after a defect investigation: 受缺陷调查影响, not 主动',
      { voluntary: false, investigated: true },
      {},
      '苏州暖阳电器有限公司召回暖阳牌电暖器',
      `日前，苏州暖阳电器有限公司受缺陷调查影响，${JS}向苏州市市场监督管理局报告了召回计划，将自2026年3月2日起，召回2025年1月1日至2025年6月30日期间制造的暖阳牌NY-2000型号电暖器，涉及数量为1200件。`,
    ],
    [
      'a wider plan after a published recall: 扩大召回, the units added and the total of both',
      { earlier: { startDate: '2025-08-01', quantity: 800 } },
      { batches: ['B2501'] },
      '苏州暖阳电器有限公司扩大召回部分暖阳牌电暖器',
      `日前，苏州暖阳电器有限公司${JS}主动向苏州市市场监督管理局报告了召回计划，将自2026年3月2日起，扩大召回2025年1月1日至2025年6月30日期间制造的部分暖阳牌NY-2000型号电暖器，涉及数量为400件。此次召回是在2025年8月1日实施的暖阳牌电暖器召回活动基础上的扩大召回，两次共计召回数量为1200件。`,
    ],
    [
      'a new plan of no more units than the published recall is not an expansion',
      { earlier: { startDate: '2025-08-01', quantity: 1200 } },
      {},
      '苏州暖阳电器有限公司召回暖阳牌电暖器',
      `日前，苏州暖阳电器有限公司${JS}主动向苏州市市场监督管理局报告了召回计划，将自2026年3月2日起，召回2025年1月1日至2025年6月30日期间制造的暖阳牌NY-2000型号电暖器，涉及数量为1200件。`,
    ],
    [
      'a Liaoning bureau cites the Liaoning rules; no production period, no models',
      {
        bureauName: '辽宁省市场监督管理局',
        provinceRules: getProvinceProfile('liaoning').recallRules,
      },
      { productionFrom: '', productionTo: '', models: [] },
      '苏州暖阳电器有限公司召回暖阳牌电暖器',
      '日前，苏州暖阳电器有限公司按照《消费品召回管理暂行规定》《辽宁省市场监督管理缺陷消费品召回管理工作规定》的要求，主动向辽宁省市场监督管理局报告了召回计划，将自2026年3月2日起，召回暖阳牌电暖器，涉及数量为1200件。',
    ],
  ])('%s', (_, over, plan, title, opening) => {
    const d = draft(over, plan);
    expect(d.title).toBe(title);
    expect(d.body.split('\n\n')[0]).toBe(opening);
  });
});

describe('the producer’s fragments join the template’s sentences', () => {
  test.each<[string, Record<string, unknown>, string, string]>([
    [
      'plain fragments',
      {},
      '本次召回范围内的暖阳牌电暖器，存在温控器触点粘连的缺陷，可能导致火灾的后果。',
      '苏州暖阳电器有限公司将免费更换新版温控组件，以消除安全隐患。',
    ],
    [
      'sentences with their own 。, 存在, 可能造成, 将 and 以消除安全隐患',
      {
        defect: '存在温控器触点粘连，导致表面温度超过限值。',
        consequence: '可能造成外壳过热，可能引发火灾。',
        measures: '苏州暖阳电器有限公司将为用户免费更换温控组件。，以消除安全隐患。',
      },
      '本次召回范围内的暖阳牌电暖器，存在温控器触点粘连，导致表面温度超过限值的缺陷，可能导致外壳过热，引发火灾的后果。',
      '苏州暖阳电器有限公司将为用户免费更换温控组件，以消除安全隐患。',
    ],
    [
      'fragments that name their own noun: 缺陷, 等后果, 风险',
      { defect: '温控器设计缺陷；', consequence: '的起火等后果', measures: '' },
      '本次召回范围内的暖阳牌电暖器，存在温控器设计缺陷，可能导致起火等后果。',
      '苏州暖阳电器有限公司将免费为客户更换一件全新的符合安全要求的产品，以消除安全隐患。',
    ],
    [
      'a risk as the consequence; a refund as the remedy type',
      { consequence: '有引发火灾的风险。', measures: '', remedyType: 'refund' },
      '本次召回范围内的暖阳牌电暖器，存在温控器触点粘连的缺陷，有引发火灾的风险。',
      '苏州暖阳电器有限公司将为客户办理退货退款，以消除安全隐患。',
    ],
  ])('%s', (_, plan, hazard, remedy) => {
    const [, p2, p3] = paragraphs({}, plan);
    expect(p2).toBe(hazard);
    expect(p3).toBe(remedy);
  });
});

describe('where consumers turn: the producer, the app, the bureau, SAMR', () => {
  test.each<[string, Partial<PressReleaseInput>, Record<string, unknown>, string]>([
    ['a hotline number alone', {}, {}, `消费者可通过客户服务热线（400-800-1234）进一步了解具体情况。${TAIL}`],
    [
      'a labelled hotline',
      {},
      { contact: '客服热线：400-800-1234。' },
      `消费者可通过客服热线（400-800-1234）进一步了解具体情况。${TAIL}`,
    ],
    [
      'the website and the hotline',
      { website: 'https://www.nuanyang.cn' },
      {},
      `消费者可登录苏州暖阳电器有限公司官方网站（https://www.nuanyang.cn）查看持有的产品是否在受影响范围内，或通过客户服务热线（400-800-1234）进一步了解具体情况。${TAIL}`,
    ],
    [
      'several channels after a colon',
      {},
      { contact: '拨打400-800-1234，或到原购买门店登记。' },
      `消费者可通过以下方式进一步了解具体情况：拨打400-800-1234，或到原购买门店登记。${TAIL}`,
    ],
    [
      'the bureau’s own recall line',
      { bureauPhone: '0512-68000000' },
      {},
      '消费者可通过客户服务热线（400-800-1234）进一步了解具体情况。' +
        '消费者也可在“缺陷消费品召回”小程序中扫描商品条码或搜索产品，查询持有的产品是否在召回范围内。' +
        '消费者可拨打苏州市市场监督管理局消费品召回管理工作联系电话（0512-68000000），反映召回活动实施过程中的问题或提供缺陷线索。' +
        '此外，消费者还可登录国家市场监督管理总局缺陷产品召回技术中心网站、中国产品安全与召回信息网，或关注微信公众号（SAMRDPRC），了解更多信息，反映缺陷线索。',
    ],
  ])('%s', (_, over, plan, contacts) => {
    expect(paragraphs(over, plan)[3]).toBe(contacts);
  });
});

describe('what the draft never says', () => {
  it('no investigation phrase, no doubled brand, no stray 。 before a joining word', () => {
    const { title, body } = draft(
      {},
      { productName: '暖阳牌电暖器', defect: '超过限值。', consequence: '可能导致火灾。', measures: '更换组件。' },
    );
    expect(`${title}${body}`).not.toMatch(/受缺陷调查影响|暖阳牌暖阳|。的|。，|可能导致可能|可能导致导致/);
  });

  it('a sparse plan leaves the gaps out rather than printing undefined', () => {
    const { title, body } = draftPressRelease({ ...BASE, plan: { productName: '台灯' } });
    expect(title).toBe('苏州暖阳电器有限公司召回台灯');
    expect(body.split('\n\n')[0]).toBe(
      `日前，苏州暖阳电器有限公司${JS}主动向苏州市市场监督管理局报告了召回计划，将召回台灯。`,
    );
    expect(body).not.toMatch(/undefined|NaN|null|年月|（）/);
  });

  it('the title fits the 100-character field and the draft passes the form', () => {
    const long = draft({}, { productName: '灯'.repeat(200) });
    expect(long.title.length).toBe(100);
    expect(DOC_SCHEMAS.press_release.safeParse(long).success).toBe(true);
    expect(DOC_SCHEMAS.press_release.safeParse(draft({})).success).toBe(true);
  });
});
