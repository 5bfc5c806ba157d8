import JSZip from 'jszip';
import {
  ZBureauClueListResponse,
  ZClueCreateResponse,
  ZClueView,
  ZCrossProvinceList,
  ZCrossProvinceRecord,
} from '@recall/shared';
import { startApp, TestApp } from './support/app';
import { usccOf } from './support/cases';
import { clueReport } from './support/clues';
import { bearer, staff } from './support/users';

/**
 * 跨省移送 (苏 第四条(二)): a clue whose producer is registered in another province reaches the
 * province, which passes it to that province's market regulation bureau with a record (to whom,
 * when, what) and a package of the clue — the reporter's name and phone only if they consented;
 * clues received from other provinces are entered as a source.
 */
let t: TestApp;
let province: string;
let suzhou: string;
let admin: string;
const SHANGHAI_PRODUCER = usccOf('310115');
const CONTACT = { name: '王小明', phone: '13912345678', address: '苏州市姑苏区人民路 100 号' };

const consumer = async (device: string) =>
  (await t.http().post('/api/auth/dev').send({ deviceId: device })).body.token as string;
const report = async (patch: object = {}) => {
  const token = await consumer(`xp-${Math.random().toString(36).slice(2, 10)}`);
  const res = await t
    .http()
    .post('/api/clues')
    .set(bearer(token))
    .send(
      clueReport({
        producerName: '上海申城电器有限公司',
        producerUscc: SHANGHAI_PRODUCER,
        regionCode: '320508',
        contact: CONTACT,
        ...patch,
      }),
    );
  expect(res.status).toBe(201);
  return { token, clue: ZClueCreateResponse.parse(res.body) };
};
const passOn = (token: string, id: number, body: object) =>
  t.http().post(`/api/province/clues/${id}/pass-on`).set(bearer(token)).send(body);
const ON = {
  provinceCode: '310000',
  contact: '缺陷产品管理处 021-66668888',
  reference: '苏市监移〔2026〕1号',
  note: '生产者在上海市浦东新区',
};
const download = (token: string, path: string) =>
  t
    .http()
    .get(path)
    .set(bearer(token))
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });

/** Every byte of the package: its files, and the XML inside the DOCX, as text. */
async function packageText(zip: Buffer): Promise<{ names: string[]; text: string }> {
  const outer = await JSZip.loadAsync(zip);
  const names = Object.keys(outer.files);
  const parts: string[] = [zip.toString('latin1')];
  for (const n of names) {
    const data = await outer.file(n)!.async('nodebuffer');
    parts.push(data.toString('utf8'));
    if (n.endsWith('.docx')) {
      const inner = await JSZip.loadAsync(data);
      for (const m of Object.keys(inner.files)) parts.push(await inner.file(m)!.async('string'));
    }
  }
  return { names, text: parts.join('\n') };
}

beforeAll(async () => {
  t = await startApp();
  province = await staff(t, { role: 'province', org: '320000', username: 'xp-js', password: 'xp-pass-123' });
  suzhou = await staff(t, { role: 'bureau', org: '320500', username: 'xp-sz', password: 'xp-pass-123' });
  admin = await staff(t, { role: 'admin', org: '320000', username: 'xp-admin', password: 'xp-pass-123' });
}, 120_000);
afterAll(() => t.close());

describe('passing a clue to another province', () => {
  test('the province passes it with a record; the clue leaves the open queue; the package has no reporter without consent', async () => {
    const { token, clue } = await report();
    expect(clue.routing.bureauCode).toBe('320000');

    // A city bureau does not deal with other provinces.
    expect((await passOn(suzhou, clue.id, ON)).status).toBe(403);
    // Bad input names the field.
    const bad = await passOn(province, clue.id, { ...ON, provinceCode: '31' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues).toEqual([expect.objectContaining({ path: 'provinceCode' })]);
    const own = await passOn(province, clue.id, { ...ON, provinceCode: '320000' });
    expect(own.status).toBe(400);
    expect(own.body.error.issues).toEqual([
      expect.objectContaining({ path: 'provinceCode', message: '应为生产者所在的其他省份' }),
    ]);
    const unknown = await passOn(province, clue.id, { ...ON, provinceCode: '990000' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0].path).toBe('provinceCode');
    const noContact = await passOn(province, clue.id, { ...ON, contact: '' });
    expect(noContact.status).toBe(400);
    expect(noContact.body.error.issues[0].path).toBe('contact');

    const res = await passOn(province, clue.id, ON);
    expect(res.status).toBe(201);
    const record = ZCrossProvinceRecord.parse(res.body);
    expect(record).toMatchObject({
      clueId: clue.id,
      direction: 'out',
      provinceCode: '310000',
      authority: '上海市市场监督管理局',
      contact: '缺陷产品管理处 021-66668888',
      reference: '苏市监移〔2026〕1号',
      note: '生产者在上海市浦东新区',
      contactShared: false,
    });
    expect(Date.now() - Date.parse(record.at)).toBeLessThan(60_000);

    // Passed once: again is a conflict.
    expect((await passOn(province, clue.id, ON)).status).toBe(409);

    // The clue shows where it went; the reporter reads it on the timeline.
    const seen = ZClueView.parse((await t.http().get(`/api/clues/${clue.id}`).set(bearer(province))).body);
    expect(seen.status).toBe('passedOn');
    expect(seen.crossProvince).toMatchObject({ direction: 'out', label: '已移送上海市市场监督管理局' });
    const mine = ZClueView.parse((await t.http().get(`/api/clues/${clue.id}`).set(bearer(token))).body);
    expect(mine.timeline.at(-1)).toMatchObject({
      type: 'passed_on',
      bureauName: '江苏省市场监督管理局',
      note: '江苏省市场监督管理局已将线索移送上海市市场监督管理局依法处理',
    });

    // Out of the open queue.
    for (const status of ['received', 'verifying']) {
      const open = ZBureauClueListResponse.parse(
        (await t.http().get(`/api/bureau/clues?status=${status}`).set(bearer(province))).body,
      );
      expect(open.items.map((c) => c.id)).not.toContain(clue.id);
    }

    // Audited.
    const audit = await t.http().get(`/api/admin/audit?entityType=clue&entityId=${clue.id}`).set(bearer(admin));
    expect(audit.body.items[0]).toMatchObject({
      action: 'clue.passed_on',
      fromState: 'received',
      toState: 'passedOn',
      detail: expect.objectContaining({
        provinceCode: '310000',
        authority: '上海市市场监督管理局',
        contactShared: false,
      }),
    });

    // The package: the clue without its reporter.
    const zip = await download(province, record.packageUrl!);
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    const { names, text } = await packageText(zip.body as Buffer);
    expect(names).toEqual(expect.arrayContaining(['线索.json', '移送函.docx']));
    expect(text).toContain('上海市市场监督管理局');
    expect(text).toContain(clue.receiptNo);
    expect(text).toContain('报告人未同意向外省监管部门提供其个人信息');
    for (const secret of [CONTACT.name, CONTACT.phone, CONTACT.address, '139****5678', '王*'])
      expect(text.includes(secret) ? secret : null).toBeNull();
    const json = JSON.parse(await (await JSZip.loadAsync(zip.body as Buffer)).file('线索.json')!.async('string'));
    expect(json.reporter).toBeNull();
    expect(json.transfer).toMatchObject({ to: '上海市市场监督管理局', reference: '苏市监移〔2026〕1号' });

    // Only the province and admins read the records and packages.
    expect((await download(suzhou, record.packageUrl!)).status).toBe(403);
    expect((await download(admin, record.packageUrl!)).status).toBe(200);
  });

  test("with the reporter's consent, their name and phone go with the package", async () => {
    const { clue } = await report({ shareConsent: true });
    const record = ZCrossProvinceRecord.parse((await passOn(admin, clue.id, { ...ON, reference: undefined })).body);
    expect(record.contactShared).toBe(true);
    const { text } = await packageText((await download(province, record.packageUrl!)).body as Buffer);
    expect(text).toContain(CONTACT.name);
    expect(text).toContain(CONTACT.phone);
  });

  test('a clue at a city bureau must first come to the province', async () => {
    const { clue } = await report({ producerUscc: usccOf('320505'), producerName: '苏州暖阳电器有限公司' });
    expect(clue.routing.bureauCode).toBe('320500');
    expect((await passOn(province, clue.id, ON)).status).toBe(404);
    expect((await passOn(admin, clue.id, ON)).status).toBe(409);
    expect((await passOn(province, 99999999, ON)).status).toBe(404);
  });

  test('a consent flag that is not a boolean is refused, naming the field', async () => {
    const token = await consumer('xp-bad-consent');
    const res = await t
      .http()
      .post('/api/clues')
      .set(bearer(token))
      .send(clueReport({ shareConsent: 'yes' }));
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('shareConsent');
  });
});

describe('clues received from other provinces', () => {
  const received = (patch: object = {}) =>
    clueReport({
      source: 'otherProvince',
      fromProvinceCode: '330000',
      fromReference: '浙市监移〔2026〕7号',
      contact: undefined,
      ...patch,
    });

  test('the province enters one as a source, naming the sending province and its reference', async () => {
    const res = await t.http().post('/api/bureau/clues').set(bearer(province)).send(received());
    expect(res.status).toBe(201);
    const id = ZClueCreateResponse.parse(res.body).id;
    // Routed like any clue: its producer is in Suzhou, so the Suzhou bureau handles it.
    const view = ZClueView.parse((await t.http().get(`/api/clues/${id}`).set(bearer(suzhou))).body);
    expect(view).toMatchObject({ source: 'otherProvince', channel: 'otherProvince' });
    expect(view.crossProvince).toMatchObject({
      direction: 'in',
      provinceCode: '330000',
      authority: '浙江省市场监督管理局',
      reference: '浙市监移〔2026〕7号',
      label: '由浙江省市场监督管理局移送',
    });
    const list = ZCrossProvinceList.parse(
      (await t.http().get('/api/province/cross-province?direction=in').set(bearer(province))).body,
    );
    expect(list.items[0]).toMatchObject({ clueId: id, direction: 'in', packageUrl: null });
  });

  test('a city bureau cannot; the sending province is required and must be another one', async () => {
    expect((await t.http().post('/api/bureau/clues').set(bearer(suzhou)).send(received())).status).toBe(403);
    const missing = await t
      .http()
      .post('/api/bureau/clues')
      .set(bearer(province))
      .send(received({ fromProvinceCode: undefined }));
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues).toEqual([
      expect.objectContaining({ path: 'fromProvinceCode', message: '请选择移送线索的省份' }),
    ]);
    const own = await t
      .http()
      .post('/api/bureau/clues')
      .set(bearer(province))
      .send(received({ fromProvinceCode: '320000' }));
    expect(own.status).toBe(400);
    expect(own.body.error.issues[0].path).toBe('fromProvinceCode');
    const bad = await t
      .http()
      .post('/api/bureau/clues')
      .set(bearer(province))
      .send(received({ direction: 'x', fromProvinceCode: 'abc' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('fromProvinceCode');
    expect((await t.http().get('/api/province/cross-province?direction=sideways').set(bearer(province))).status).toBe(
      400,
    );
    expect((await t.http().get('/api/province/cross-province').set(bearer(suzhou))).status).toBe(403);
  });
});
