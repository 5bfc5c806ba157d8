import {
  evaluateUnit,
  gs1Date,
  maskAddress,
  maskName,
  maskPhone,
  ngrams,
  normalizeSearchText,
  parseScan,
  searchQueryProblem,
} from '../src';

describe('parseScan', () => {
  const now = new Date('2026-11-24T00:00:00Z');
  test.each([
    ['6901234567892', undefined, { gtin: '06901234567892' }],
    ['036000291452', undefined, { gtin: '00036000291452' }],
    ['6901234567891', undefined, { error: '条码校验位不正确，请对准条码重新扫描或手动输入' }],
    [
      'https://id.gs1.org/01/06901234567892/10/B2301?11=230415',
      'QR_CODE',
      { gtin: '06901234567892', batch: 'B2301', productionDate: '2023-04-15' },
    ],
    ['https://example.cn/gtin/6901234567892', 'QR_CODE', { gtin: '06901234567892' }],
    ['https://id.gs1.org/01/06901234567891', 'QR_CODE', { error: '二维码中的商品条码校验位不正确' }],
    [
      'https://mp.weixin.qq.com/s/abc',
      'QR_CODE',
      { error: '这个二维码是网址，不含商品条码信息。请扫描包装上的商品条形码' },
    ],
    ['WIFI:S:home;T:WPA;P:x;;', 'QR_CODE', { error: '这个二维码不含商品条码信息。请扫描包装上的商品条形码' }],
    ['ABC-123', 'CODE_128', { error: '无法识别的条码类型。请扫描 EAN-13 / UPC-A 商品条码，或直接输入产品名称搜索' }],
  ])('%s (%s)', (raw, type, expected) => {
    expect(parseScan(raw, type)).toEqual(expected);
  });

  test.each([
    ['230415', '2023-04-15'],
    ['230400', '2023-04-30'],
    ['240200', '2024-02-29'],
    ['991231', '1999-12-31'],
    ['231301', undefined],
  ])('gs1Date(%s) = %s', (raw, iso) => expect(gs1Date(raw, now)).toBe(iso));
});

describe('search text', () => {
  test.each([
    ['“豪牌” V8 型打火机', '豪牌v8型打火机'],
    ['ＡＢＣ－１２３', 'abc123'],
    ['8523#X 休闲背包', '8523x休闲背包'],
  ])('normalizeSearchText(%s) = %s', (raw, out) => expect(normalizeSearchText(raw)).toBe(out));

  test.each([
    ['打火机', undefined],
    ['V8 (2021)', undefined],
    ['100%纯棉', undefined],
    ['5V/2A 充电宝', undefined],
    ['a_b', undefined],
    ["o'brien", undefined],
    ['c:\\x', undefined],
    ['  -  ', '搜索词需包含文字或数字'],
    ['%', '搜索词需包含文字或数字'],
    ['召回了吗？', '搜索词需包含产品名称、品牌、型号或商品条码'],
  ])('searchQueryProblem(%s) = %s', (q, problem) => expect(searchQueryProblem(q)).toBe(problem));

  test('bigrams and unigrams are distinct', () => {
    expect(ngrams('打火机打火', 2)).toEqual(['打火', '火机', '机打']);
    expect(ngrams('打火机打火', 1)).toEqual(['打', '火', '机']);
  });
});

describe('evaluateUnit: is this unit in the recall scope', () => {
  const byBatch = { batches: ['B2301', 'B2302'], productionFrom: null, productionTo: null };
  const byRange = { batches: [], productionFrom: '2021-09-01', productionTo: '2021-12-31' };
  const both = { batches: ['B2301'], productionFrom: '2021-09-01', productionTo: '2021-12-31' };
  const all = { batches: [], productionFrom: null, productionTo: null };
  test.each([
    [all, {}, 'affected'],
    [byBatch, { batch: 'b2301' }, 'affected'],
    [byBatch, { batch: 'B2303' }, 'not_affected'],
    [byBatch, {}, 'unknown'],
    [byBatch, { productionDate: '2021-10-01' }, 'unknown'],
    [byRange, { productionDate: '2021-09-01' }, 'affected'],
    [byRange, { productionDate: '2021-12-31' }, 'affected'],
    [byRange, { productionDate: '2021-08-31' }, 'not_affected'],
    [byRange, { productionDate: '2022-01-01' }, 'not_affected'],
    [byRange, { batch: 'X' }, 'unknown'],
    [both, { batch: 'B2301', productionDate: '2021-10-10' }, 'affected'],
    [both, { batch: 'B2301' }, 'unknown'],
    [both, { batch: 'B9', productionDate: '2021-10-10' }, 'not_affected'],
  ])('%o + %o → %s', (scope, unit, status) => {
    const v = evaluateUnit(scope, unit);
    expect(v.status).toBe(status);
    expect(v.reason).toMatch(/[\u4e00-\u9fa5]/);
  });
  test('unknown says what is missing', () => {
    expect(evaluateUnit(both, {})).toEqual({
      status: 'unknown',
      reason: '该召回只涉及部分产品，请提供批次号和生产日期以确认',
      needs: ['batch', 'productionDate'],
    });
  });
});

describe('masks', () => {
  test.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['李', '*'],
  ])('maskName(%s) = %s', (a, b) => expect(maskName(a)).toBe(b));
  test.each([
    ['13812345678', '138****5678'],
    ['0512-66881234', '*********1234'],
  ])('maskPhone(%s) = %s', (a, b) => expect(maskPhone(a)).toBe(b));
  test.each([
    ['江苏省苏州市虎丘区竹园路 209 号', '江苏省苏州市虎丘区****'],
    ['南京市玄武区中山路 1 号', '南京市玄武区****'],
    ['某小区3栋', '某小区****'],
    ['上海', '上海****'],
  ])('maskAddress(%s) = %s', (a, b) => expect(maskAddress(a)).toBe(b));
});
