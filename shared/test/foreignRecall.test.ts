import { readFileSync } from 'fs';
import { join } from 'path';
import { notifyingCountryName, type ForeignRecallFormat } from '../src/domain/foreignRecall';
import { parseForeignRecalls, readForeignRecalls } from '../src/domain/foreignRecallFile';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures/foreign', name), 'utf8');

describe('parseForeignRecalls: the three published formats', () => {
  test.each<[ForeignRecallFormat, string, Record<string, unknown>, { line: number; reason: RegExp }[]]>([
    [
      'cpsc',
      'cpsc.json',
      {
        format: 'cpsc',
        reference: '24123',
        date: '2024-03-14',
        url: 'https://www.cpsc.gov/Recalls/2024/Space-Heaters-Recalled-Due-to-Fire-Hazard',
        productName: 'NUANYANG electric space heater',
        country: '美国',
        hazard: 'The heater can overheat, posing a fire hazard.',
        models: ['NY-2000'],
        gtins: ['06901234567892'],
        manufacturers: ['Suzhou Nuanyang Electric Appliance Co., Ltd.'],
        countries: ['China'],
        remedy: 'Refund',
        chinaSignal: true,
      },
      [{ line: 33, reason: /RecallNumber/ }],
    ],
    [
      'safetyGate',
      'safetygate.json',
      {
        format: 'safetyGate',
        reference: 'SR/01234/24',
        date: '2024-05-17',
        url: 'https://ec.europa.eu/safety-gate-alerts/screen/webReport/alertDetail/10001234',
        title: 'Electrical appliances and equipment · Hair dryer',
        productName: 'Hair dryer',
        brands: [],
        models: ['HD-88'],
        gtins: ['06923450657713'],
        countries: ['China'],
        country: '德国',
        hazard: expect.stringMatching(/^Electric shock：The insulation of the power cable/),
        remedy: 'Withdrawal of the product from the market',
        chinaSignal: true,
      },
      [{ line: 24, reason: /SR\/01326\/26（caseNumber）/ }],
    ],
    [
      'healthCanada',
      'healthcanada.json',
      {
        format: 'healthCanada',
        reference: '75321',
        date: '2024-05-17',
        url: 'https://healthycanadians.gc.ca/recall-alert-rappel-avis/hc-sc/2024/75321a-eng.php',
        title: 'BabyCalm strollers recalled due to fall hazard',
        productName: 'Baby stroller',
        brands: ['BabyCalm'],
        models: ['BC-300'],
        gtins: ['06921234567890'],
        countries: ['China'],
        country: '加拿大',
        hazard: 'Consumer products - Fall hazard',
        description: expect.stringMatching(/^The folding hinge can break/),
        remedy: expect.stringMatching(/^Consumers should immediately stop using/),
        chinaSignal: true,
      },
      [],
    ],
  ])('%s (%s)', (format, file, first, rejected) => {
    const r = parseForeignRecalls(format, fixture(file));
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject(first);
    expect(r.rejected).toHaveLength(rejected.length);
    rejected.forEach((want, i) => {
      expect(r.rejected[i].line).toBe(want.line);
      expect(r.rejected[i].reason).toMatch(want.reason);
    });
  });

  test.each<[string, string, string]>([
    ['not JSON', '{oops', '文件不是有效的 JSON'],
    ['no list', '{"a":1}', '文件中没有召回记录列表'],
  ])('a file that cannot be read: %s', (_, source, reason) => {
    expect(parseForeignRecalls('cpsc', source)).toEqual({ records: [], rejected: [{ line: 1, reason }] });
  });

  test('a record that is not an object is rejected on its line; no China signal without a 69x barcode', () => {
    const r = parseForeignRecalls(
      'cpsc',
      '[\n  1,\n  {"RecallNumber": "25001", "Products": [{"Name": "Lamp"}], "ProductUPCs": [{"UPC": "036000291452"}]}\n]',
    );
    expect(r.rejected).toEqual([{ line: 2, reason: '记录应为对象' }]);
    expect(r.records[0]).toMatchObject({ reference: '25001', gtins: ['00036000291452'], chinaSignal: false });
  });
});

describe("the publishers' wrappers", () => {
  test('Health Canada: the recent list (results.ALL) gives each notice by its title; the detail alone is one record', () => {
    const recent = JSON.stringify({
      results: {
        ALL: [
          {
            recallId: '75322',
            title: 'Certain space heaters recalled due to fire hazard',
            category: ['4'],
            date_published: 1715990400,
            url: '/recall-alert-rappel-avis/hc-sc/2024/75322a-eng.php',
          },
        ],
        FOOD: [],
      },
    });
    expect(parseForeignRecalls('healthCanada', recent).records[0]).toMatchObject({
      reference: '75322',
      productName: 'Certain space heaters recalled due to fire hazard',
      date: '2024-05-18',
    });
  });

  test('Safety Gate: the RAPEX alert number before 2021 is read too; the notifying country is named in Chinese', () => {
    const r = readForeignRecalls('safetyGate', [
      { caseNumber: 'A12/00458/19', product: 'Power bank', brand: '极电', notifyingCountry: 'France' },
    ]);
    expect(r.records[0]).toMatchObject({ reference: 'A12/00458/19', brands: ['极电'], country: '法国', date: null });
    expect(notifyingCountryName('Iceland')).toBe('冰岛');
    expect(notifyingCountryName('')).toBe('欧盟');
  });
});
