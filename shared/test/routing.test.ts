import { getProvinceProfile, routeClue, RoutingInput } from '../src';
import { uscc } from './helpers';

const jiangsu = getProvinceProfile('jiangsu');
const liaoning = getProvinceProfile('liaoning');
const base: RoutingInput = { regionCode: '320102', injury: 'none' };

describe('Jiangsu: the producer city bureau handles it (属地管理)', () => {
  test.each([
    ['320100', '南京市市场监督管理局'],
    ['320200', '无锡市市场监督管理局'],
    ['320300', '徐州市市场监督管理局'],
    ['320400', '常州市市场监督管理局'],
    ['320500', '苏州市市场监督管理局'],
    ['320600', '南通市市场监督管理局'],
    ['320700', '连云港市市场监督管理局'],
    ['320800', '淮安市市场监督管理局'],
    ['320900', '盐城市市场监督管理局'],
    ['321000', '扬州市市场监督管理局'],
    ['321100', '镇江市市场监督管理局'],
    ['321200', '泰州市市场监督管理局'],
    ['321300', '宿迁市市场监督管理局'],
  ])('producer registered in %s → %s', (city, name) => {
    const d = routeClue({ ...base, producerUscc: uscc(city) }, jiangsu);
    expect(d).toMatchObject({ bureauCode: city, bureauName: name, copiedTo: [], producerIdentified: true });
    expect(d.reason).toContain(`按属地管理由生产者所在地${name}处理`);
  });

  test.each([
    ['320583', '320500', '昆山市 rolls up to 苏州'],
    ['320115', '320100', '江宁区 rolls up to 南京'],
    ['320282', '320200', '宜兴市 rolls up to 无锡'],
    ['321323', '321300', '泗阳县 rolls up to 宿迁'],
  ])('county code %s → city %s (%s)', (county, city) => {
    expect(routeClue({ ...base, producerUscc: uscc(county) }, jiangsu).bureauCode).toBe(city);
  });

  test('a producer registered outside Jiangsu goes to the province bureau for cross-province transfer', () => {
    const d = routeClue({ ...base, producerUscc: '91440300708461136T' }, jiangsu);
    expect(d.bureauCode).toBe('320000');
    expect(d.reason).toContain('注册地在江苏省外');
    expect(d.reason).toContain('440300');
  });

  test('a producer registered by the province authority itself goes to the province bureau', () => {
    expect(routeClue({ ...base, producerUscc: uscc('320000') }, jiangsu).bureauCode).toBe('320000');
  });

  test('an invalid USCC check character is not trusted: routed by where it was bought, flagged', () => {
    const bad = uscc('320500').slice(0, 17) + (uscc('320500').endsWith('1') ? '2' : '1');
    const d = routeClue({ ...base, producerUscc: bad, regionCode: '320206' }, jiangsu);
    expect(d).toMatchObject({ bureauCode: '320200', producerIdentified: false });
    expect(d.flags).toEqual(expect.arrayContaining(['usccInvalid', 'producerNotIdentified']));
    expect(d.reason).toContain('统一社会信用代码无效');
  });

  test('a producer known only by name is found in the registry (rule 3)', () => {
    const d = routeClue({ ...base, producerName: '常州某电器有限公司', registryUscc: uscc('320411') }, jiangsu);
    expect(d.bureauCode).toBe('320400');
    expect(d.reason).toContain('生产者名录');
  });

  test('an unknown producer goes to the city where it was bought or used', () => {
    const d = routeClue({ ...base, regionCode: '320681' }, jiangsu);
    expect(d).toMatchObject({ bureauCode: '320600', producerIdentified: false, flags: ['producerNotIdentified'] });
    expect(d.reason).toContain('未能识别生产者，按购买或使用地（320681）由南通市市场监督管理局处理');
  });

  test('with the region table, the reason names places, not codes', () => {
    const names: Record<string, string> = { '320681': '江苏省南通市启东市', '320505': '江苏省苏州市虎丘区' };
    const placeOf = (code: string) => names[code];
    expect(routeClue({ ...base, regionCode: '320681' }, jiangsu, placeOf).reason).toContain(
      '按购买或使用地（江苏省南通市启东市）由南通市市场监督管理局处理',
    );
    const known = routeClue({ ...base, producerUscc: uscc('320505') }, jiangsu, placeOf);
    expect(known.reason).toContain('登记地在江苏省苏州市虎丘区');
    expect(known.reason).not.toMatch(/\d{6}/);
  });

  test('an unknown producer bought outside Jiangsu goes to the province bureau', () => {
    const d = routeClue({ ...base, regionCode: '310101' }, jiangsu);
    expect(d.bureauCode).toBe('320000');
    expect(d.flags).toContain('regionOutsideProvince');
  });

  test.each([
    [{ injury: 'death' as const }, '造成死亡'],
    [{ injury: 'serious' as const }, '造成严重伤害'],
    [{ injury: 'minor' as const, fire: true }, '引发火灾'],
    [{ injury: 'none' as const, largeScope: true }, '涉及范围较大'],
  ])('%o → also copied to the province bureau', (extra, why) => {
    const d = routeClue({ ...base, producerUscc: uscc('320500'), ...extra }, jiangsu);
    expect(d.bureauCode).toBe('320500');
    expect(d.copiedTo).toEqual(['320000']);
    expect(d.reason).toContain(`因${why}，同时报告江苏省市场监督管理局`);
  });

  test('minor injury is not copied; a clue already at the province is not copied to itself', () => {
    expect(routeClue({ ...base, producerUscc: uscc('320500'), injury: 'minor' }, jiangsu).copiedTo).toEqual([]);
    expect(routeClue({ ...base, producerUscc: '91440300708461136T', injury: 'death' }, jiangsu).copiedTo).toEqual([]);
  });
});

describe('Liaoning: province-centred, the city of the locality informed', () => {
  test('a producer in Dalian → the province bureau, Dalian informed', () => {
    const d = routeClue({ regionCode: '210102', injury: 'none', producerUscc: uscc('210211') }, liaoning);
    expect(d).toMatchObject({ bureauCode: '210000', bureauName: '辽宁省市场监督管理局', copiedTo: ['210200'] });
    expect(d.reason).toContain('同时告知大连市市场监督管理局');
  });
  test('an unknown producer → the province, the city where it was bought informed', () => {
    expect(routeClue({ regionCode: '210102', injury: 'death' }, liaoning)).toMatchObject({
      bureauCode: '210000',
      copiedTo: ['210100'],
    });
  });
  test('a producer outside Liaoning bought outside Liaoning → the province only', () => {
    expect(routeClue({ regionCode: '320102', injury: 'none', producerUscc: uscc('320500') }, liaoning)).toMatchObject({
      bureauCode: '210000',
      copiedTo: [],
    });
  });
});

test('an unknown province profile is an explicit error', () => {
  expect(() => getProvinceProfile('atlantis')).toThrow('未配置的省份');
});
