import { ZMessageList, ZClueView, ZCaseView, type TMessageView } from '@recall/shared';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, PLAN_PATCH, setToday, usccOf } from './support/cases';
import { clueReport } from './support/clues';
import { bearer, staff } from './support/users';

/** Who hears of what: every trigger of issue 6 lands in the right person's message center, and only theirs. */
let t: TestApp;
let suzhou: string;
let wuxi: string;
let producer: string;
let reporter: string;
let stranger: string;
let api: ReturnType<typeof caseApi>;
const PRODUCER = usccOf('320505');

const consumer = async (device: string) =>
  (await t.http().post('/api/auth/dev').send({ deviceId: device })).body.token as string;
const inbox = async (token: string): Promise<TMessageView[]> =>
  ZMessageList.parse((await t.http().get('/api/messages?pageSize=100').set(bearer(token))).body).items;
const kinds = async (token: string) => (await inbox(token)).map((m) => m.kind);

beforeAll(async () => {
  t = await startApp();
  suzhou = await staff(t, { role: 'bureau', org: '320500', username: 'suzhou', password: 'suzhou-pass-1' });
  wuxi = await staff(t, { role: 'bureau', org: '320200', username: 'wuxi', password: 'wuxi-pass-1' });
  producer = await staff(t, {
    role: 'producer',
    org: PRODUCER,
    username: 'ny',
    password: 'ny-pass-12',
    producerName: '苏州暖阳电器有限公司',
  });
  reporter = await consumer('reporter');
  stranger = await consumer('stranger');
  api = caseApi(t);
  await setToday(t, '2026-03-02');
}, 120_000);

afterAll(async () => {
  await setToday(t, null);
  await t.close();
});

test('clue steps reach the reporter and the bureau it is routed to', async () => {
  const res = await t
    .http()
    .post('/api/clues')
    .set(bearer(reporter))
    .send(clueReport({ producerUscc: PRODUCER }));
  expect(res.status).toBe(201);
  const clueId = res.body.id;
  const routed = (await inbox(reporter)).find((m) => m.kind === 'clue_routed')!;
  expect(routed.title).toContain('已分派');
  expect(routed.link).toBe(`/pages/clue/index?id=${clueId}`);
  expect(await kinds(suzhou)).toContain('clue_assigned');
  expect(await kinds(wuxi)).not.toContain('clue_assigned');
  expect(await kinds(stranger)).toEqual([]);

  await t.http().post(`/api/bureau/clues/${clueId}/accept`).set(bearer(suzhou)).send({});
  expect(await kinds(reporter)).toContain('clue_decided');

  // A case opened from the clue tells its reporter, and appears on the clue's timeline.
  const opened = await t.http().post('/api/cases').set(bearer(suzhou)).send({
    clueId,
    producerUscc: PRODUCER,
    producerName: '苏州暖阳电器有限公司',
    productName: '电暖器',
    categoryCode: '01',
    summary: '外壳过热',
  });
  expect(opened.status).toBe(201);
  const clue = ZClueView.parse((await t.http().get(`/api/clues/${clueId}`).set(bearer(reporter))).body);
  expect(clue.timeline.map((e) => e.type)).toContain('case_opened');
  expect((await inbox(reporter)).some((m) => m.title.includes('已立案'))).toBe(true);
  // The producer hears nothing of the reporter or the clue; only of the notice, later.
  expect(await kinds(producer)).toEqual([]);
});

test('notices reach the producer; what the producer files reaches the bureau; remedy steps reach the consumer', async () => {
  const c = ZCaseView.parse(
    (
      await t.http().post('/api/cases').set(bearer(suzhou)).send({
        producerUscc: PRODUCER,
        producerName: '苏州暖阳电器有限公司',
        productName: '暖阳取暖器',
        categoryCode: '01',
        summary: '过热',
      })
    ).body,
  );
  let v = ZCaseView.parse(
    (
      await api.act(suzhou, c.id, 'notify_investigation', {
        forms: forms(['investigation_notice'], { investigation_notice: { reportDueOn: '2026-03-20' } }),
      })
    ).body,
  );
  const notice = (await inbox(producer)).find((m) => m.kind === 'notice_issued')!;
  expect(notice.title).toContain('调查分析〔2026〕');
  expect(notice.link).toBe(`/packages/producer/pages/case/index?id=${c.id}`);

  const before = (await kinds(suzhou)).filter((k) => k === 'producer_filed').length;
  await api.receipt(producer, c.id, v.documents[0].id);
  v = ZCaseView.parse(
    (
      await api.act(producer, c.id, 'submit_plan', {
        forms: forms(['recall_plan', 'recall_statement'], { recall_plan: PLAN_PATCH }),
      })
    ).body,
  );
  expect((await kinds(suzhou)).filter((k) => k === 'producer_filed').length).toBe(before + 2);
  expect(await kinds(wuxi)).not.toContain('producer_filed');

  v = ZCaseView.parse((await api.view(suzhou, c.id)).body);
  v = ZCaseView.parse(
    (await api.act(suzhou, c.id, 'accept_plan', { forms: { press_release: v.prefill.press_release } })).body,
  );
  const buyer = await consumer('buyer-device');
  const req = await t
    .http()
    .post(`/api/recalls/${v.recallId}/requests`)
    .set(bearer(buyer))
    .send({
      quantity: 1,
      preferredRemedy: 'replace',
      contact: { name: '李四', phone: '13912345678', address: '苏州市姑苏区人民路 1 号' },
    });
  expect(req.status).toBe(201);
  expect(await kinds(producer)).toContain('request_received');
  await t
    .http()
    .post(`/api/producer/requests/${req.body.id}/accept`)
    .set(bearer(producer))
    .send({ note: '已电话联系' });
  const step = (await inbox(buyer)).find((m) => m.kind === 'request_step')!;
  expect(step.title).toContain('生产者已受理');
  expect(step.link).toBe(`/pages/request/index?id=${req.body.id}`);
});
