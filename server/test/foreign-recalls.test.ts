import type { Application } from '@midwayjs/koa';
import { ZBureauClueListResponse, ZClueView, ZForeignRecallImportResponse } from '@recall/shared';
import fs from 'fs';
import type { DataSource } from 'typeorm';
import path from 'path';
import { AuditLog, Clue, ClueForeignRecall } from '../src/db/entity';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { ClueService } from '../src/clues/clue.service';
import { startApp, TestApp } from './support/app';
import { bearer, staff } from './support/users';

/**
 * Foreign recalls (国外召回, 苏 第八条): the province imports a file downloaded from CPSC, Safety Gate
 * or Health Canada; records that name a product or producer of this province become clues routed
 * like staff entries, linked to the record; the same record never makes a second clue.
 */
let t: TestApp;
let province: string;
let suzhou: string;
let bureau: string;
let admin: string;
let db: DataSource;
let firstClue = { id: 0, why: '' };

const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '../../shared/test/fixtures/foreign', name), 'utf8');

/** A CPSC record: the heater of demo recall JS2026-0012 (barcode 6941023002012) sold in the US. */
const cpsc = (recallNumber: string, upc = '6941023002012') =>
  JSON.stringify(
    [
      {
        RecallID: 9600,
        RecallNumber: recallNumber,
        RecallDate: '2026-10-02T00:00:00',
        Title: 'Electric Heaters Recalled Due to Fire Hazard',
        Description: 'The heater does not shut off when tipped over.',
        URL: `https://www.cpsc.gov/Recalls/2026/${recallNumber}`,
        Products: [{ Name: 'Electric heater', Model: 'NY-2000', Type: 'Heaters', NumberOfUnits: 'About 3,000' }],
        Manufacturers: [{ Name: 'Suzhou Nuanyang Electric Appliance Co., Ltd.' }],
        ManufacturerCountries: [{ Country: 'China' }],
        ProductUPCs: [{ UPC: upc }],
        Hazards: [{ Name: 'Fire hazard' }],
        Remedies: [{ Name: 'Refund' }],
        Retailers: [],
        Importers: [],
        Distributors: [],
      },
    ],
    null,
    2,
  );

/** A weekly report of one alert, in the element names and CDATA of the Commission's XML export. */
const powerBankXml = (caseNumber: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Safety-Gate>
  <report_date>12/09/2026</report_date>
  <notifications>
    <caseNumber>${caseNumber}</caseNumber>
    <reference><![CDATA[https://ec.europa.eu/safety-gate-alerts/screen/webReport/alertDetail/10118487]]></reference>
    <category><![CDATA[Electrical appliances and equipment]]></category>
    <product><![CDATA[Power bank]]></product>
    <brand><![CDATA[极电]]></brand>
    <name><![CDATA[Power bank]]></name>
    <type_numberOfModel><![CDATA[JD-P20]]></type_numberOfModel>
    <barcode xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"/>
    <riskType><![CDATA[Burns, Fire]]></riskType>
    <danger><![CDATA[The battery can overheat.]]></danger>
    <measures><![CDATA[Recall of the product from end users]]></measures>
    <notifyingCountry>France</notifyingCountry>
    <countryOfOrigin>China</countryOfOrigin>
    <level>Serious risk</level>
  </notifications>
</Safety-Gate>`;

const send = (token: string, body: object) =>
  t.http().post('/api/foreign-recalls/import').set(bearer(token)).send(body);

beforeAll(async () => {
  t = await startApp();
  db = (await (t.app as Application).getApplicationContext().getAsync(ClueService)).db;
  const importer = await (t.app as Application).getApplicationContext().getAsync(RecallImportService);
  await importer.importText(fs.readFileSync(path.join(__dirname, '../../config/demo/recalls.jsonl'), 'utf8'), {
    actorId: null,
  });
  province = await staff(t, { role: 'province', org: '320000', username: 'fr-js', password: 'province-pass-1' });
  admin = await staff(t, { role: 'admin', org: '320000', username: 'fr-admin', password: 'admin-pass-1' });
  suzhou = await staff(t, { role: 'bureau', org: '320500', username: 'fr-suzhou', password: 'suzhou-pass-1' });
  bureau = suzhou;
}, 120_000);
afterAll(() => t.close());

describe('importing foreign recalls', () => {
  test('a CPSC record with the barcode of a recall here becomes one clue routed to the producer’s city, linked to the record', async () => {
    const res = await send(province, { format: 'cpsc', fileName: 'cpsc.json', content: cpsc('26-701') });
    expect(res.status).toBe(200);
    const summary = ZForeignRecallImportResponse.parse(res.body);
    expect(summary).toMatchObject({
      read: 1,
      matched: 1,
      cluesCreated: 1,
      alreadyImported: 0,
      notMatched: 0,
      rejected: [],
    });
    expect(summary.records).toHaveLength(1);
    expect(summary.records[0]).toMatchObject({ reference: '26-701', outcome: 'created' });
    expect(summary.records[0].why).toContain('商品条码 6941023002012 与本省召回 JS2026-0012 相同');
    expect(summary.records[0].why).toContain('可能为我国生产者');
    const id = summary.records[0].clueId!;
    firstClue = { id, why: summary.records[0].why };

    const inbox = ZBureauClueListResponse.parse(
      (await t.http().get('/api/bureau/clues?pageSize=100').set(bearer(suzhou))).body,
    );
    const item = inbox.items.find((c) => c.id === id)!;
    expect(item).toMatchObject({
      source: 'foreignRecall',
      producerName: '苏州暖阳电器有限公司',
      gtin: '06941023002012',
    });
    expect(item.routing.bureauName).toBe('苏州市市场监督管理局');
    expect(item.description).toContain('【国外召回】美国消费品安全委员会（CPSC）召回 26-701（2026-10-02发布）');
    expect(item.description).toContain('原文：https://www.cpsc.gov/Recalls/2026/26-701');

    const view = ZClueView.parse((await t.http().get(`/api/clues/${id}`).set(bearer(suzhou))).body);
    expect(view.foreignRecall).toEqual({
      format: 'cpsc',
      publisher: '美国消费品安全委员会（CPSC）召回',
      country: '美国',
      reference: '26-701',
      url: 'https://www.cpsc.gov/Recalls/2026/26-701',
      date: '2026-10-02',
      title: 'Electric Heaters Recalled Due to Fire Hazard',
      hazard: 'Fire hazard',
      matchedOn: firstClue.why,
    });
    expect(view.recalls.map((r) => r.recallNo)).toEqual(['JS2026-0012']);

    const audit = await db.getRepository(AuditLog).findOneByOrFail({ action: 'foreign_recall.imported' });
    expect(audit.detail).toMatchObject({ format: 'cpsc', fileName: 'cpsc.json', cluesCreated: 1, clueIds: [id] });
  });

  test('importing the same record again makes no second clue', async () => {
    const again = ZForeignRecallImportResponse.parse(
      (await send(province, { format: 'cpsc', content: cpsc('26-701') })).body,
    );
    expect(again).toMatchObject({ read: 1, matched: 0, cluesCreated: 0, alreadyImported: 1 });
    // The record points at the clue the first import made, with what it matched on then.
    expect(again.records).toEqual([
      {
        reference: '26-701',
        title: 'Electric Heaters Recalled Due to Fire Hazard',
        outcome: 'alreadyImported',
        clueId: firstClue.id,
        receiptNo: expect.stringMatching(/\S/),
        why: firstClue.why,
      },
    ]);
    expect(await db.getRepository(ClueForeignRecall).countBy({ format: 'cpsc', reference: '26-701' })).toBe(1);
  });

  test('two imports of one record at the same moment make one clue', async () => {
    const before = await db.getRepository(Clue).countBy({ source: 'foreignRecall' });
    const [a, b] = await Promise.all([
      send(province, { format: 'cpsc', content: cpsc('26-702') }),
      send(admin, { format: 'cpsc', content: cpsc('26-702') }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const created = [a.body, b.body].map((s) => ZForeignRecallImportResponse.parse(s).cluesCreated);
    expect(created.sort()).toEqual([0, 1]);
    expect(a.body.alreadyImported + b.body.alreadyImported).toBe(1);
    expect(await db.getRepository(Clue).countBy({ source: 'foreignRecall' })).toBe(before + 1);
    expect(await db.getRepository(ClueForeignRecall).countBy({ format: 'cpsc', reference: '26-702' })).toBe(1);
  });

  test('Safety Gate and Health Canada files: what matches, what does not, what is rejected and why', async () => {
    // The EU fixtures, JSON and XML: a hair dryer with a barcode no recall here has — read, not matched; one bad alert number.
    for (const [file, line] of [
      ['safetygate.json', 24],
      ['safetygate.xml', 26],
    ] as const) {
      const eu = ZForeignRecallImportResponse.parse(
        (await send(province, { format: 'safetyGate', content: fixture(file) })).body,
      );
      expect(eu).toMatchObject({ read: 2, matched: 0, cluesCreated: 0, notMatched: 1 });
      expect(eu.records).toEqual([
        expect.objectContaining({ reference: 'SR/01234/24', outcome: 'notMatched', clueId: null, why: '' }),
      ]);
      expect(eu.rejected).toEqual([{ line, reason: '通报编号应形如 SR/01326/26（caseNumber）' }]);
    }

    const ca = ZForeignRecallImportResponse.parse(
      (await send(province, { format: 'healthCanada', content: fixture('healthcanada.json') })).body,
    );
    expect(ca).toMatchObject({ read: 1, matched: 0, notMatched: 1, rejected: [] });
  });

  test('a Health Canada recall of a power bank recalled here becomes a clue linked to the notice', async () => {
    const res = ZForeignRecallImportResponse.parse(
      (await send(province, { format: 'healthCanada', content: fixture('healthcanada-powerbank.json') })).body,
    );
    expect(res).toMatchObject({ read: 1, matched: 1, cluesCreated: 1, rejected: [] });
    const [r] = res.records;
    expect(r).toMatchObject({ reference: '78012', outcome: 'created' });
    expect(r.why).toContain('商品条码 6960123000209 与本省召回 JS2026-0058 相同');
    const view = ZClueView.parse((await t.http().get(`/api/clues/${r.clueId}`).set(bearer(province))).body);
    expect(view.foreignRecall).toMatchObject({ format: 'healthCanada', reference: '78012', country: '加拿大' });
    expect(view.routing.bureauName).toBe('无锡市市场监督管理局');
  });

  test('a Safety Gate weekly report in XML: the alert on a product here becomes a clue; the same alert again, as XML or JSON, does not', async () => {
    // An alert on the power bank of JS2026-0058 (brand and model as in the recall), as the export writes it.
    const xml = powerBankXml('SR/00458/26');
    const first = ZForeignRecallImportResponse.parse(
      (await send(province, { format: 'safetyGate', fileName: 'week-37.xml', content: xml })).body,
    );
    expect(first).toMatchObject({ read: 1, matched: 1, cluesCreated: 1, rejected: [] });
    const created = first.records[0];
    expect(created.why).toContain('品牌“极电”型号“JD-P20”与本省召回 JS2026-0058 相同');
    const clue = await db.getRepository(Clue).findOneByOrFail({ id: created.clueId! });
    expect(clue.bureauCode).toBe('320200');
    const view = ZClueView.parse((await t.http().get(`/api/clues/${clue.id}`).set(bearer(province))).body);
    expect(view.foreignRecall).toMatchObject({
      format: 'safetyGate',
      country: '法国',
      reference: 'SR/00458/26',
      url: 'https://ec.europa.eu/safety-gate-alerts/screen/webReport/alertDetail/10118487',
      date: '2026-09-12',
      title: 'Electrical appliances and equipment · Power bank',
      hazard: 'Burns, Fire：The battery can overheat.',
      matchedOn: created.why,
    });

    const again = ZForeignRecallImportResponse.parse(
      (await send(province, { format: 'safetyGate', content: xml })).body,
    );
    const asJson = ZForeignRecallImportResponse.parse(
      (
        await send(province, {
          format: 'safetyGate',
          content: JSON.stringify({
            report_date: '12/09/2026',
            notifications: [
              { caseNumber: 'SR/00458/26', product: 'Power bank', brand: '极电', type_numberOfModel: 'JD-P20' },
            ],
          }),
        })
      ).body,
    );
    for (const r of [again, asJson]) {
      expect(r).toMatchObject({ read: 1, cluesCreated: 0, alreadyImported: 1 });
      expect(r.records[0]).toMatchObject({ outcome: 'alreadyImported', clueId: clue.id, why: created.why });
    }
    expect(await db.getRepository(ClueForeignRecall).countBy({ format: 'safetyGate', reference: 'SR/00458/26' })).toBe(
      1,
    );
  });

  test('bad input: a clear 400 naming the field; a file that is not JSON is reported, not a 500', async () => {
    const bad = await send(province, { format: 'jp', content: '[]' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('format');
    const notJson = ZForeignRecallImportResponse.parse(
      (await send(province, { format: 'cpsc', content: 'RecallNumber,Title' })).body,
    );
    expect(notJson).toMatchObject({ read: 1, rejected: [{ line: 1, reason: '文件不是有效的 JSON' }] });
    const broken = ZForeignRecallImportResponse.parse(
      (
        await send(province, {
          format: 'safetyGate',
          content: '<Safety-Gate>\n<notifications>\n<caseNumber>SR/1/26</notifications>',
        })
      ).body,
    );
    expect(broken).toMatchObject({ read: 1, rejected: [{ line: 3, reason: '文件不是有效的 XML' }] });
    const xmlForCpsc = ZForeignRecallImportResponse.parse(
      (await send(province, { format: 'cpsc', content: powerBankXml('SR/00459/26') })).body,
    );
    expect(xmlForCpsc.rejected).toEqual([{ line: 1, reason: '美国、加拿大的召回记录请上传 JSON 文件' }]);
    const withDtd = ZForeignRecallImportResponse.parse(
      (await send(province, { format: 'safetyGate', content: '<!DOCTYPE x [<!ENTITY a "b">]><x/>' })).body,
    );
    expect(withDtd.rejected).toEqual([{ line: 1, reason: '文件不是欧盟 Safety Gate 导出的 XML' }]);
  });

  test('only the province and admins import', async () => {
    expect((await send(bureau, { format: 'cpsc', content: cpsc('26-703') })).status).toBe(403);
  });
});
