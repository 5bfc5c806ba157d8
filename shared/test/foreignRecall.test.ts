import { readFileSync } from 'fs';
import { join } from 'path';
import { parseForeignRecalls, type ForeignRecallFormat } from '../src/domain/foreignRecall';

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
        reference: 'A12/01234/24',
        date: '2024-05-17',
        productName: 'Hair dryer',
        brands: [],
        models: ['HD-88'],
        gtins: ['06923450657713'],
        hazard: 'Electric shock',
        remedy: 'Withdrawal of the product from the market',
        chinaSignal: true,
      },
      [{ line: 19, reason: /A12\/01234\/24/ }],
    ],
    [
      'healthCanada',
      'healthcanada.json',
      {
        format: 'healthCanada',
        reference: 'RA-75321',
        date: '2024-05-17',
        productName: 'Baby stroller',
        brands: ['BabyCalm'],
        models: ['BC-300'],
        gtins: ['06921234567890'],
        hazard: 'The folding hinge can break, posing a fall hazard.',
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
