import type { Application } from '@midwayjs/koa';
import {
  ZBureauClueListResponse,
  ZClueCreateResponse,
  ZClueView,
  ZMyCluesResponse,
  usccCheckCharacter,
} from '@recall/shared';
import sharp from 'sharp';
import { ClueService } from '../src/clues/clue.service';
import { clueReport } from './support/clues';
import { startApp, TestApp } from './support/app';
import { phonePhoto } from './support/images';
import { bearer, staff } from './support/users';

let t: TestApp;
let alice: string;
let bob: string;
let suzhou: string;
let nanjing: string;
let province: string;
const uscc = (division: string) => {
  const first17 = `91${division}MA1XY2W3K`;
  return first17 + usccCheckCharacter(first17);
};
const consumer = async (device: string) =>
  (await t.http().post('/api/auth/dev').send({ deviceId: device })).body.token as string;
const report = (patch: object = {}) =>
  clueReport({
    producerUscc: uscc('320505'),
    description: '使用半小时后电源线发烫冒烟，插头处有焦痕。',
    regionCode: '320102',
    contact: { name: '张三', phone: '13812345678', address: '江苏省苏州市虎丘区竹园路 209 号' },
    ...patch,
  });
const submit = async (token: string, body: object, key?: string) => {
  const req = t.http().post('/api/clues').set(bearer(token));
  if (key) req.set('Idempotency-Key', key);
  return req.send(body);
};
const upload = async (token: string, data: Buffer, name = 'photo.jpg') =>
  t.http().post('/api/uploads').set(bearer(token)).attach('file', data, name);

beforeAll(async () => {
  t = await startApp();
  alice = await consumer('alice-device');
  bob = await consumer('bob-device-1');
  suzhou = await staff(t, { role: 'bureau', org: '320500', username: 'sz', password: 'suzhou-pass' });
  nanjing = await staff(t, { role: 'bureau', org: '320100', username: 'nj', password: 'nanjing-pass' });
  province = await staff(t, { role: 'province', org: '320000', username: 'js', password: 'province-pass' });
});
afterAll(() => t.close());

describe('photos', () => {
  test('EXIF and GPS are gone from what is stored; the photo is turned upright', async () => {
    const original = await phonePhoto();
    const source = await sharp(original).metadata();
    expect(source.exif?.toString('latin1')).toContain('TestPhone'); // the camera data is there to lose
    expect(source.orientation).toBe(6);
    const res = await upload(alice, original);
    expect(res.status).toBe(201);
    const img = await t.http().get(res.body.url);
    expect(img.status).toBe(200);
    expect(img.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(img.body as Buffer).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation ?? 1).toBe(1);
    expect([meta.width, meta.height]).toEqual([800, 1200]);
    const thumb = await t.http().get(`${res.body.url}&size=thumb`);
    expect((await sharp(thumb.body as Buffer).metadata()).height).toBe(360);
  });

  test('a file that is not an image is refused whatever its name', async () => {
    const res = await upload(alice, Buffer.from('MZ this is not a picture at all'), 'virus.jpg');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'UNSUPPORTED_IMAGE', message: '只能上传 JPEG、PNG 或 WebP 图片' });
  });

  test('more than 10 MB is refused with 413', async () => {
    const res = await upload(alice, Buffer.alloc(10 * 1024 * 1024 + 10, 0xff), 'big.jpg');
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('FILE_TOO_LARGE');
  });

  test('a decompression bomb (a tiny file of 56 megapixels) is refused', async () => {
    const bomb = await sharp({ create: { width: 8000, height: 7000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const res = await upload(alice, bomb, 'bomb.png');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('IMAGE_TOO_LARGE');
  });

  test('a link with a forged signature shows nothing', async () => {
    const res = await upload(alice, await phonePhoto());
    const forged = res.body.url.replace(/sig=[^&]+/, 'sig=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await t.http().get(forged)).status).toBe(403);
  });

  test('uploading needs a sign-in', async () => {
    expect(
      (
        await t
          .http()
          .post('/api/uploads')
          .attach('file', await phonePhoto(), 'a.jpg')
      ).status,
    ).toBe(401);
  });
});

describe('submitting a clue', () => {
  test('routed to the producer city with its reason, serious injury copied to the province', async () => {
    const photo = (await upload(alice, await phonePhoto())).body.id;
    const res = await submit(alice, report({ injury: 'serious', photoIds: [photo] }), 'alice-key-0001');
    expect(res.status).toBe(201);
    const body = ZClueCreateResponse.parse(res.body);
    expect(body.routing).toMatchObject({
      bureauCode: '320500',
      bureauName: '苏州市市场监督管理局',
      copiedTo: ['320000'],
      copiedToNames: ['江苏省市场监督管理局'],
    });
    expect(body.routing.reason).toContain('按属地管理由生产者所在地苏州市市场监督管理局处理');
    expect(body.receiptNo).toMatch(/^XS\d{8}\d{6}$/);
    const view = ZClueView.parse((await t.http().get(`/api/clues/${body.id}`).set(bearer(alice))).body);
    expect(view.contact).toEqual({ name: '张三', phone: '13812345678', address: '江苏省苏州市虎丘区竹园路 209 号' });
    expect(view.photos).toHaveLength(1);
    expect(view.timeline.map((e) => e.type)).toEqual(['received', 'routed', 'copied']);
    // The routing reason is read once, with the handling bureau; the timeline does not repeat it.
    expect(view.timeline.filter((e) => e.note.includes('按属地管理'))).toEqual([]);
    expect(view.routing.copiedToNames).toEqual(['江苏省市场监督管理局']);
    // The place by name, not its code.
    expect(view.regionName).toBe('江苏省南京市玄武区'); // regionCode 320102
  });

  test('unbranded goods can be reported: the brand may be left out', async () => {
    const token = await consumer('no-brand-device');
    const res = await submit(
      token,
      report({ brand: undefined, producerName: undefined, producerUscc: undefined }),
      'nobrand-0001',
    );
    expect(res.status).toBe(201);
    const view = ZClueView.parse((await t.http().get(`/api/clues/${res.body.id}`).set(bearer(token))).body);
    expect(view.productName).toBe('电暖器');
    expect(view.brand).toBe('');
  });

  test('the same Idempotency-Key twice gives one clue', async () => {
    const a = await submit(bob, report(), 'bob-key-00001');
    const b = await submit(bob, report(), 'bob-key-00001');
    expect(a.status).toBe(201);
    expect(b.body.id).toBe(a.body.id);
    const mine = ZMyCluesResponse.parse((await t.http().get('/api/clues').set(bearer(bob))).body);
    expect(mine.items.filter((c) => c.id === a.body.id)).toHaveLength(1);
  });

  test('the key reused for a different report is a 422 naming the key; the first clue stays as it was', async () => {
    const token = await consumer('reuse-device');
    const first = await submit(token, report(), 'reuse-key-0001');
    expect(first.status).toBe(201);
    const other = await submit(
      token,
      report({ productName: '电热毯', description: '通电后局部过热，有焦糊味。' }),
      'reuse-key-0001',
    );
    expect(other.status).toBe(422);
    expect(other.body.error).toEqual({
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: '这个 Idempotency-Key 已用于内容不同的另一次提交；新的提交请使用新的 Idempotency-Key',
      issues: [{ path: 'Idempotency-Key', message: '已用于内容不同的提交' }],
    });
    const same = await submit(token, report(), 'reuse-key-0001');
    expect(same.body.id).toBe(first.body.id);
    const mine = ZMyCluesResponse.parse((await t.http().get('/api/clues').set(bearer(token))).body);
    expect(mine.items.map((c) => [c.id, c.productName])).toEqual([[first.body.id, '电暖器']]);
  });

  test('one key raced with two different reports: one clue, the other report refused', async () => {
    const token = await consumer('reuse-racer');
    const bodies = [report(), report({ productName: '电热毯' })];
    const results = await Promise.all([0, 1, 0, 1].map((i) => submit(token, bodies[i], 'reuse-race-001')));
    const ok = results.filter((r) => r.status === 201);
    expect(new Set(ok.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => r.status !== 201).map((r) => r.status)).toEqual([422, 422]);
    expect(ZMyCluesResponse.parse((await t.http().get('/api/clues').set(bearer(token))).body).total).toBe(1);
  });

  test('concurrent retries with one key still give one clue', async () => {
    const token = await consumer('racer-device');
    const results = await Promise.all([1, 2, 3].map(() => submit(token, report(), 'race-key-0001')));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(ZMyCluesResponse.parse((await t.http().get('/api/clues').set(bearer(token))).body).total).toBe(1);
  });

  test('contact data is encrypted at rest', async () => {
    const { db } = await (t.app as Application).getApplicationContext().getAsync(ClueService);
    const rows: Array<{ contactEnc: string; contactMasked: string }> = await db.query(
      'SELECT contactEnc, contactMasked FROM clue',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.contactEnc).toMatch(/^v1\./);
      expect(r.contactEnc).not.toContain('13812345678');
      expect(r.contactEnc).not.toContain('张三');
      expect(JSON.parse(r.contactMasked)).toEqual({
        name: '张*',
        phone: '138****5678',
        address: '江苏省苏州市虎丘区****',
      });
    }
  });

  test.each([
    [{ producerUscc: '91320505MA1XY2W3K0' }, 'producerUscc'],
    [{ regionCode: '32050' }, 'regionCode'],
    [{ contact: { name: '张三', phone: '12', address: 'x' } }, 'contact.phone'],
    [{ photoIds: Array.from({ length: 10 }, (_, i) => `p${i}`) }, 'photoIds'],
    [{ injury: 'bad' }, 'injury'],
  ])('%o → 400 naming %s, nothing written', async (patch, path) => {
    const before = ZMyCluesResponse.parse((await t.http().get('/api/clues').set(bearer(alice))).body).total;
    const res = await submit(alice, report(patch));
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect(ZMyCluesResponse.parse((await t.http().get('/api/clues').set(bearer(alice))).body).total).toBe(before);
  });

  test("someone else's photo cannot be attached", async () => {
    const photo = (await upload(alice, await phonePhoto())).body.id;
    const res = await submit(bob, report({ photoIds: [photo] }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('PHOTO_INVALID');
  });

  test('a consumer is limited to 10 clues an hour', async () => {
    const token = await consumer('busy-device');
    for (let i = 0; i < 10; i++) expect((await submit(token, report())).status).toBe(201);
    const res = await submit(token, report());
    expect(res.status).toBe(429);
    expect(res.body.error.message).toMatch(/提交过于频繁，请 \d+ 分钟后再试/);
  });
});

describe('who sees what', () => {
  let id: number;
  beforeAll(async () => {
    id = (await submit(alice, report({ injury: 'death', gtin: '6901234567892' }), 'alice-key-0002')).body.id;
  });

  test('the reporter and the routed and copied bureaus see it; nobody else does', async () => {
    expect((await t.http().get(`/api/clues/${id}`).set(bearer(alice))).status).toBe(200);
    expect((await t.http().get(`/api/clues/${id}`).set(bearer(bob))).status).toBe(404);
    expect((await t.http().get(`/api/clues/${id}`).set(bearer(nanjing))).status).toBe(404);
    const producer = await staff(t, {
      role: 'producer',
      org: uscc('320505'),
      username: 'cs-p',
      password: 'producer-pass',
    });
    expect((await t.http().get(`/api/clues/${id}`).set(bearer(producer))).status).toBe(404);
    expect((await t.http().get('/api/bureau/clues').set(bearer(producer))).status).toBe(403);
    const handler = ZClueView.parse((await t.http().get(`/api/clues/${id}`).set(bearer(suzhou))).body);
    expect(handler.contact?.phone).toBe('13812345678');
    const copied = ZClueView.parse((await t.http().get(`/api/clues/${id}`).set(bearer(province))).body);
    expect(copied.contact).toEqual({ name: '张*', phone: '138****5678', address: '江苏省苏州市虎丘区****' });
  });

  test('the inbox lists it masked, unread until opened; copied bureaus see it marked', async () => {
    const inbox = ZBureauClueListResponse.parse(
      (await t.http().get('/api/bureau/clues?injury=death').set(bearer(suzhou))).body,
    );
    const item = inbox.items.find((i) => i.id === id)!;
    expect(item).toMatchObject({ unread: true, copiedOnly: false, contact: { phone: '138****5678' } });
    await t.http().post(`/api/bureau/clues/${id}/read`).set(bearer(suzhou));
    const after = ZBureauClueListResponse.parse(
      (await t.http().get('/api/bureau/clues?injury=death').set(bearer(suzhou))).body,
    );
    expect(after.items.find((i) => i.id === id)!.unread).toBe(false);
    expect(after.unread).toBe(inbox.unread - 1);
    const prov = ZBureauClueListResponse.parse((await t.http().get('/api/bureau/clues').set(bearer(province))).body);
    expect(prov.items.find((i) => i.id === id)?.copiedOnly).toBe(true);
    expect(JSON.stringify(prov)).not.toContain('13812345678');
  });

  test('a copied bureau cannot act on it', async () => {
    const res = await t.http().post(`/api/bureau/clues/${id}/accept`).set(bearer(province)).send({});
    expect(res.status).toBe(403);
  });
});

describe('bureau actions', () => {
  test('accept, then transfer to Nanjing: the new bureau sees it, the reporter sees the move', async () => {
    const id = (await submit(alice, report(), 'alice-key-0003')).body.id;
    const accepted = ZClueView.parse(
      (await t.http().post(`/api/bureau/clues/${id}/accept`).set(bearer(suzhou)).send({})).body,
    );
    expect(accepted.status).toBe('verifying');
    const moved = await t
      .http()
      .post(`/api/bureau/clues/${id}/transfer`)
      .set(bearer(suzhou))
      .send({ toBureauCode: '320100', reason: '产品实际由南京的委托方生产' });
    expect(moved.status).toBe(200);
    const nj = ZBureauClueListResponse.parse((await t.http().get('/api/bureau/clues').set(bearer(nanjing))).body);
    expect(nj.items.find((i) => i.id === id)).toMatchObject({ status: 'received', unread: true });
    const seen = ZClueView.parse((await t.http().get(`/api/clues/${id}`).set(bearer(alice))).body);
    expect(seen.routing.bureauName).toBe('南京市市场监督管理局');
    expect(seen.timeline.at(-1)).toMatchObject({
      type: 'transferred',
      note: '苏州市市场监督管理局移送至南京市市场监督管理局：产品实际由南京的委托方生产',
    });
    expect((await t.http().post(`/api/bureau/clues/${id}/accept`).set(bearer(suzhou)).send({})).status).toBe(403);
  });

  test('a bureau that transferred a clue away can no longer read it or its duplicates', async () => {
    const id = (await submit(alice, report(), 'alice-key-0013')).body.id;
    expect((await t.http().get(`/api/clues/${id}`).set(bearer(suzhou))).status).toBe(200);
    expect((await t.http().get(`/api/bureau/clues/${id}/duplicates`).set(bearer(suzhou))).status).toBe(200);
    const moved = await t
      .http()
      .post(`/api/bureau/clues/${id}/transfer`)
      .set(bearer(suzhou))
      .send({ toBureauCode: '320100', reason: '生产者在南京' });
    expect(moved.status).toBe(200);
    for (const path of [`/api/clues/${id}`, `/api/bureau/clues/${id}/duplicates`]) {
      const gone = await t.http().get(path).set(bearer(suzhou));
      expect(gone.status).toBe(404);
      expect(gone.body.error).toMatchObject({ code: 'CLUE_NOT_FOUND', message: '没有找到这条线索' });
      expect((await t.http().get(path).set(bearer(nanjing))).status).toBe(200);
    }
    const inbox = ZBureauClueListResponse.parse((await t.http().get('/api/bureau/clues').set(bearer(suzhou))).body);
    expect(inbox.items.map((i) => i.id)).not.toContain(id);
  });

  test('reject with a reason the reporter can read', async () => {
    const id = (await submit(alice, report(), 'alice-key-0004')).body.id;
    const res = await t
      .http()
      .post(`/api/bureau/clues/${id}/reject`)
      .set(bearer(suzhou))
      .send({ reason: '属于产品质量纠纷，请拨打 12315 投诉' });
    expect(res.body.status).toBe('rejected');
    const seen = ZClueView.parse((await t.http().get(`/api/clues/${id}`).set(bearer(alice))).body);
    expect(seen.timeline.at(-1)?.note).toBe('属于产品质量纠纷，请拨打 12315 投诉');
    expect(
      (await t.http().post(`/api/bureau/clues/${id}/reject`).set(bearer(suzhou)).send({})).body.error.issues[0].path,
    ).toBe('reason');
    expect((await t.http().post(`/api/bureau/clues/${id}/accept`).set(bearer(suzhou)).send({})).status).toBe(409);
  });

  test('possible duplicates are suggested and a clue can be merged into one', async () => {
    const first = (await submit(alice, report({ gtin: '4006381333931' }), 'alice-key-0005')).body.id;
    const second = (await submit(bob, report({ gtin: '4006381333931' }), 'bob-key-00002')).body.id;
    const dup = (await t.http().get(`/api/bureau/clues/${second}/duplicates`).set(bearer(suzhou))).body;
    expect(dup.items.map((d: { id: number }) => d.id)).toContain(first);
    expect(dup.items.find((d: { id: number }) => d.id === first).why).toContain('商品条码相同');
    const merged = await t
      .http()
      .post(`/api/bureau/clues/${second}/merge`)
      .set(bearer(suzhou))
      .send({ intoClueId: first });
    expect(merged.body).toMatchObject({ status: 'merged', mergedInto: first });
  });

  test('staff enter a clue from a 12315 complaint; routing applies the same rules', async () => {
    const res = await t
      .http()
      .post('/api/bureau/clues')
      .set(bearer(suzhou))
      .send({
        ...report(),
        source: 'complaint',
        contact: undefined,
        producerUscc: undefined,
        producerName: undefined,
        regionCode: '320211',
      });
    expect(res.status).toBe(201);
    expect(res.body.routing.bureauCode).toBe('320200');
    // The reason a reporter and an officer read names the place, not its code.
    expect(res.body.routing.reason).toContain('按购买或使用地（江苏省无锡市滨湖区）由无锡市市场监督管理局处理');
    const wuxi = await staff(t, { role: 'bureau', org: '320200', username: 'wx', password: 'wuxi-pass1' });
    const view = ZClueView.parse((await t.http().get(`/api/clues/${res.body.id}`).set(bearer(wuxi))).body);
    expect(view).toMatchObject({ source: 'complaint', contact: null });
    expect(view.timeline[0].note).toBe('工作人员录入线索');
  });

  test('an officer entering one clue twelve times at once with one key gets one clue', async () => {
    const body = { ...report({ productName: '儿童电动牙刷' }), source: 'complaint', contact: undefined };
    const send = () =>
      t.http().post('/api/bureau/clues').set(bearer(nanjing)).set('Idempotency-Key', 'staff-race-0001').send(body);
    const results = await Promise.all(Array.from({ length: 12 }, send));
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const { db } = await (t.app as Application).getApplicationContext().getAsync(ClueService);
    const rows = await db.query("SELECT COUNT(*) AS n FROM clue WHERE idempotencyKey = 'staff-race-0001'");
    expect(Number(rows[0].n)).toBe(1);
  });
});
