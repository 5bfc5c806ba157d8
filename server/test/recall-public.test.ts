import type { Application } from '@midwayjs/koa';
import { ZCaseView, ZRecallDetail, ZRecallListResponse, ZRecallPublic } from '@recall/shared';
import sharp from 'sharp';
import { Upload } from '../src/db/entity';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { PhotoService } from '../src/uploads/photo.service';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, PLAN_PATCH, setToday, usccOf } from './support/cases';
import { phonePhoto } from './support/images';
import { bearer, nuanyangProducer, suzhouBureau } from './support/users';

/**
 * The public recall carries every public field of 附件6 (附件6 注): product description, appearance
 * photos, 应急处置方式, 召回负责机构, the bureau to call; its progress from the remedy requests; and
 * its own publication date when it was imported.
 */
let t: TestApp;
let suzhou: string;
let producer: string;
let recallId: number;
let caseId: number;
const PRODUCER = usccOf('320505');
const api = () => caseApi(t);
const consumer = async (device: string) =>
  (await t.http().post('/api/auth/dev').send({ deviceId: device })).body.token as string;
const detail = async (id: number) => ZRecallDetail.parse((await t.http().get(`/api/recalls/${id}`)).body);

const PLAN = {
  ...PLAN_PATCH,
  description: '白色立式电暖器，额定功率 2000W。',
  emergency: '立即停止使用并拔下电源插头。',
  organization: '苏州暖阳电器有限公司客户服务部',
  defect: '温控器触点粘连。',
  consequence: '可能造成外壳过热，引发火灾。',
  measures: '将免费更换新版温控器。',
};

beforeAll(async () => {
  t = await startApp();
  suzhou = await suzhouBureau(t);
  producer = await nuanyangProducer(t, PRODUCER);
  await setToday(t, '2026-03-05');
  const up = await t
    .http()
    .post('/api/uploads')
    .set(bearer(producer))
    .attach('file', await phonePhoto(), 'p.jpg');
  expect(up.status).toBe(201);
  const filed = await t
    .http()
    .post('/api/cases/voluntary')
    .set(bearer(producer))
    .send({
      categoryCode: '01',
      forms: forms(['recall_plan', 'recall_statement'], { recall_plan: { ...PLAN, photos: [up.body.id] } }),
    });
  expect(filed.status).toBe(201);
  caseId = ZCaseView.parse(filed.body).id;
});
afterAll(() => t.close());

test('the bureau’s 新闻稿 draft: 主动, the Jiangsu rules, the bureau via 12315, fragments joined', async () => {
  const v = ZCaseView.parse((await api().view(suzhou, caseId)).body);
  const { title, body } = v.prefill.press_release as { title: string; body: string };
  expect(title).toBe('苏州暖阳电器有限公司召回部分暖阳牌电暖器');
  expect(body).toContain(
    '按照《消费品召回管理暂行规定》《江苏省缺陷消费品召回管理办法》的要求，主动向苏州市市场监督管理局',
  );
  expect(body).toContain('存在温控器触点粘连的缺陷，可能导致外壳过热，引发火灾的后果。');
  expect(body).toContain('苏州暖阳电器有限公司将免费更换新版温控器，以消除安全隐患。');
  expect(body).toContain('消费者可拨打12315，向苏州市市场监督管理局反映');
  expect(body).not.toMatch(/受缺陷调查影响|暖阳牌暖阳牌|。的|。，/);
  const r = await api().act(suzhou, caseId, 'accept_plan', { forms: { press_release: { title, body } } });
  expect(r.status).toBe(200);
  recallId = ZCaseView.parse(r.body).recallId!;
});

test('detail and search carry the whole public plan, photos included', async () => {
  const d = await detail(recallId);
  expect(d).toMatchObject({
    description: '白色立式电暖器，额定功率 2000W。',
    emergency: '立即停止使用并拔下电源插头。',
    organization: '苏州暖阳电器有限公司客户服务部',
    bureauName: '苏州市市场监督管理局',
    bureauPhone: null,
  });
  expect(d.photos).toHaveLength(1);
  const listed = ZRecallListResponse.parse((await t.http().get('/api/recalls?gtin=6901234567892')).body);
  expect(listed.items.find((i) => i.id === recallId)!.photos).toEqual(d.photos);
});

test('a plan photo is public while the recall is, without EXIF; other ids are not served', async () => {
  const [photo] = (await detail(recallId)).photos;
  const res = await t.http().get(photo.url).buffer(true);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toContain('image/jpeg');
  const meta = await sharp(res.body as Buffer).metadata();
  expect(meta.exif).toBeUndefined();
  expect((await t.http().get(photo.thumbUrl)).status).toBe(200);
  const other = `/api/recalls/${recallId}/photos/00000000-0000-4000-8000-000000000000`;
  expect((await t.http().get(other)).status).toBe(404);
  expect((await t.http().get(`/api/recalls/${recallId}/photos/x`)).status).toBe(400);
  // One that WeChat's content check found risky is not shown to the public.
  const uploads = (await (t.app as Application).getApplicationContext().getAsync(PhotoService)).db.getRepository(
    Upload,
  );
  const id = photo.url.split('/').pop()!;
  await uploads.update({ id }, { review: 'risky' });
  expect((await t.http().get(photo.url)).status).toBe(404);
  await uploads.update({ id }, { review: 'none' });
});

test('progress counts only completed or confirmed remedy requests', async () => {
  expect((await detail(recallId)).progress).toEqual({ involved: 10, remedied: 0, rate: 0 });
  await setToday(t, '2026-03-12');
  const ask = async (device: string, quantity: number) => {
    const token = await consumer(device);
    const r = await t
      .http()
      .post(`/api/recalls/${recallId}/requests`)
      .set({ ...bearer(token), 'Idempotency-Key': `progress-${device}` })
      .send({
        batch: '20250901',
        productionDate: '2025-09-10',
        quantity,
        preferredRemedy: 'replace',
        contact: { name: '李四', phone: '13912345678', address: '苏州市姑苏区人民路 1 号' },
      });
    expect(r.status).toBe(201);
    return r.body.id as number;
  };
  const done = await ask('progress-a', 2);
  await ask('progress-b', 5); // submitted only: not remedied
  for (const [step, body] of [
    ['accept', {}],
    ['schedule', { scheduledOn: '2026-03-20', note: '上门更换' }],
    ['complete', { remedy: 'replace' }],
  ] as const) {
    // Completed on the appointment day.
    if (step === 'complete') await setToday(t, '2026-03-20');
    const r = await t.http().post(`/api/producer/requests/${done}/${step}`).set(bearer(producer)).send(body);
    expect(r.body).toMatchObject({ id: done });
  }
  expect((await detail(recallId)).progress).toEqual({ involved: 10, remedied: 2, rate: 20 });
});

test('a completed recall keeps its emergency advice and photos', async () => {
  await setToday(t, '2026-09-24');
  expect((await api().act(producer, caseId, 'complete_plan', {})).status).toBe(200);
  const d = await detail(recallId);
  expect(d.status).toBe('completed');
  expect(d.emergency).toBe('立即停止使用并拔下电源插头。');
  expect((await t.http().get(d.photos[0].url)).status).toBe(200);
});

describe('an imported recall keeps its own publication date', () => {
  const line = {
    recallNo: 'HN2022-IMPORT',
    title: '某公司召回某牌台灯',
    producerName: '某公司',
    productName: '台灯',
    models: ['T1'],
    quantity: 100,
    categoryCode: '01',
    defect: '电源线绝缘不良',
    consequence: '触电',
    remedy: '免费更换',
    startDate: '2022-08-17',
    emergency: '拔下电源，停止使用',
    status: 'completed',
  };
  const importLines = async (...ls: object[]) =>
    (await (t.app as Application).getApplicationContext().getAsync(RecallImportService)).importText(
      ls.map((l) => JSON.stringify(l)).join('\n'),
      { actorId: null },
    );
  const day = (iso: string | null) =>
    iso ? new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10) : null;

  test('its start date, or the date it gives; never today; no progress of its own', async () => {
    await importLines(line, { ...line, recallNo: 'HN2022-DATED', publishedOn: '2022-08-20' });
    const found = ZRecallListResponse.parse((await t.http().get('/api/recalls?pageSize=100')).body).items;
    const byNo = (no: string) => ZRecallPublic.parse(found.find((r) => r.recallNo === no));
    expect(day(byNo('HN2022-IMPORT').publishedAt)).toBe('2022-08-17');
    expect(day(byNo('HN2022-DATED').publishedAt)).toBe('2022-08-20');
    const d = await detail(byNo('HN2022-IMPORT').id);
    expect(d).toMatchObject({ emergency: '拔下电源，停止使用', photos: [], progress: null });
    const feed = (await t.http().get('/api/feed/recalls.atom')).text;
    expect(feed).toContain('<published>2022-08-17T04:00:00.000Z</published>');
    expect(feed).toContain('应急处置方式：拔下电源，停止使用');
  });
});
