import { todayInShanghai, ZClueCreateRequest, ZRecallCheckRequest, ZRecallImportLine, ZRecallListQuery } from '../src';
import { ZChannelCountRequest } from '../src/staff';
import { uscc } from './helpers';

const clue = {
  categoryCode: '01',
  productName: '电暖器',
  brand: '暖阳',
  description: '使用半小时后电源线发烫冒烟',
  injury: 'none',
  regionCode: '320505',
  contact: { name: '张三', phone: '13812345678', address: '苏州市虎丘区某路 1 号' },
};

const importLine = {
  recallNo: 'JS-2026-001',
  title: '某电暖器召回',
  producerName: '某电器有限公司',
  productName: '电暖器',
  quantity: 1,
  categoryCode: '04',
  defect: '电源线过热',
  consequence: '可能引发火灾',
  remedy: '免费更换',
  startDate: '2026-03-01',
};

const firstIssue = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  r.error && { path: r.error.issues[0].path.join('.'), message: r.error.issues[0].message };

describe('ZClueCreateRequest', () => {
  test('a complete report parses, GTIN normalized, photos default to none', () => {
    const r = ZClueCreateRequest.parse({ ...clue, gtin: '6901234567892', producerUscc: uscc('320505') });
    expect(r.gtin).toBe('06901234567892');
    expect(r.photoIds).toEqual([]);
  });
  test.each([
    [{ categoryCode: '11' }, 'categoryCode', '产品类别应为 01–10 的类别代码'],
    [{ gtin: '6901234567891' }, 'gtin', '商品条码无效：应为 8、12、13 或 14 位数字且校验位正确'],
    [{ producerUscc: '91110000802100433C' }, 'producerUscc', '统一社会信用代码校验位不正确'],
    [{ productionDate: '2026-02-30' }, 'productionDate', '生产日期不是有效日期（格式 YYYY-MM-DD）'],
    [{ injury: 'hurt' }, 'injury', '伤害程度应为 none、minor、serious 或 death'],
    [{ productName: '   ' }, 'productName', '请填写产品名称'],
    [{ productName: '\u200b\u200c\u200d\ufeff' }, 'productName', '请填写产品名称'],
    [{ productName: '\u3000\u2060\u00ad' }, 'productName', '请填写产品名称'],
    [{ description: '\u200b \u200b' }, 'description', '请填写问题描述'],
    [{ productionDate: '2099-01-01' }, 'productionDate', '生产日期不能晚于今天'],
    [{ regionCode: '32050' }, 'regionCode', '地区代码应为 6 位行政区划代码（GB/T 2260）'],
    [{ regionCode: 320505 }, 'regionCode', '地区代码应为文本'],
    [{ contact: { ...clue.contact, phone: '123' } }, 'contact.phone', '联系电话格式不正确（手机号或带区号的固定电话）'],
    [{ photoIds: Array.from({ length: 10 }, (_, i) => `p${i}`) }, 'photoIds', '照片最多 9 张'],
  ])('%o → %s: %s', (patch, path, message) => {
    expect(firstIssue(ZClueCreateRequest.safeParse({ ...clue, ...patch }))).toEqual({ path, message });
  });
});

describe('recall schemas', () => {
  test('an import line with an inverted production range is refused on productionTo', () => {
    const r = ZRecallImportLine.safeParse({
      recallNo: 'JS-2026-001',
      title: 't',
      producerName: 'p',
      productName: 'x',
      quantity: 1,
      categoryCode: '04',
      defect: 'd',
      consequence: 'c',
      remedy: 'r',
      startDate: '2026-03-01',
      productionFrom: '2026-02-01',
      productionTo: '2026-01-01',
    });
    expect(firstIssue(r)).toEqual({ path: 'productionTo', message: '生产起始日期不能晚于截止日期' });
  });
  test('list query coerces paging and bounds it', () => {
    expect(ZRecallListQuery.parse({ page: '2' })).toMatchObject({ page: 2, pageSize: 20 });
    expect(firstIssue(ZRecallListQuery.safeParse({ pageSize: '1000' }))).toEqual({
      path: 'pageSize',
      message: '每页条数最大为 100',
    });
    expect(firstIssue(ZRecallListQuery.safeParse({ q: 'x'.repeat(51) }))?.path).toBe('q');
  });
  test('a unit check needs something to match on', () => {
    expect(firstIssue(ZRecallCheckRequest.safeParse({ batch: 'B1' }))).toEqual({
      path: 'gtin',
      message: '请至少提供商品条码、品牌或型号之一',
    });
  });
});

describe('typed text, dates and counts', () => {
  test('invisible characters are dropped from what is kept', () => {
    const r = ZClueCreateRequest.parse({ ...clue, productName: '\u200b电暖\u200d器\ufeff ' });
    expect(r.productName).toBe('电暖器');
  });
  test('today in China is not in the future', () => {
    expect(ZClueCreateRequest.safeParse({ ...clue, productionDate: todayInShanghai() }).success).toBe(true);
  });
  test.each([
    [2 ** 31, '召回数量最多 2000000000'],
    [-1, '召回数量不能为负数'],
    [1.5, '召回数量应为整数'],
    ['10', '召回数量应为数字'],
  ])('import quantity %p → %s', (quantity, message) => {
    const r = ZRecallImportLine.safeParse({ ...importLine, quantity });
    expect(firstIssue(r)).toEqual({ path: 'quantity', message });
  });
  test('channel counts are bounded to the column', () => {
    expect(firstIssue(ZChannelCountRequest.safeParse({ channel: '热线', units: 2 ** 31 }))).toEqual({
      path: 'units',
      message: '完成数量最多 2000000000',
    });
    expect(firstIssue(ZChannelCountRequest.safeParse({ channel: '\u200b', units: 1 }))).toEqual({
      path: 'channel',
      message: '请填写渠道名称',
    });
  });
});
