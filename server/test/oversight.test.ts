import { ZCaseView, ZClueCreateResponse, ZOversightResponse } from '@recall/shared';
import { DeadlineReminder } from '../src/cases/deadline.reminder';
import { Message } from '../src/db/entity';
import { clueReport } from './support/clues';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, setToday, usccOf } from './support/cases';
import { bearer, nuanyangProducer, staff, suzhouBureau } from './support/users';

/**
 * 督办: the province sees every open case's deadline state by city, what is overdue and who owes
 * it (the bureau's 3 working days to notify the producer, 第十一条, included), and what waits for
 * it (an objection to re-determine); a city bureau sees only its own cases.
 */
let t: TestApp;
let suzhou: string;
let nanjing: string;
let province: string;
let producer: string;
let api: ReturnType<typeof caseApi>;
const PRODUCER = usccOf('320505');

const openCase = async (productName: string) => {
  const res = await t.http().post('/api/cases').set(bearer(suzhou)).send({
    producerUscc: PRODUCER,
    producerName: '苏州暖阳电器有限公司',
    productName,
    categoryCode: '01',
    summary: '温控器触点粘连，持续加热导致外壳过热。',
  });
  expect(res.status).toBe(201);
  return ZCaseView.parse(res.body);
};
const overview = async (token: string) => {
  const res = await t.http().get('/api/oversight').set(bearer(token));
  expect(res.status).toBe(200);
  return ZOversightResponse.parse(res.body);
};

beforeAll(async () => {
  t = await startApp();
  suzhou = await suzhouBureau(t);
  nanjing = await staff(t, { role: 'bureau', org: '320100', username: 'dban-nj', password: 'dban-pass-1' });
  province = await staff(t, { role: 'province', org: '320000', username: 'dban-js', password: 'dban-pass-1' });
  producer = await nuanyangProducer(t, PRODUCER);
  api = caseApi(t);
});
afterAll(() => t.close());

test('overdue by whom, and what waits for the province, by city', async () => {
  await setToday(t, '2026-03-02');
  // Opened on Monday 03-02 and left: the producer should have been notified by 03-05.
  const idle = await openCase('暖阳牌电暖器');
  // Taken to an objection, which the province re-determines.
  const objected = await openCase('暖阳牌暖风机');
  await api.act(suzhou, objected.id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) });
  const notified = ZCaseView.parse(
    (await api.act(suzhou, objected.id, 'issue_recall_notice', { forms: forms(['recall_notice']) })).body,
  );
  const notice = notified.documents.find((d) => d.type === 'recall_notice')!;
  expect((await api.receipt(producer, objected.id, notice.id)).status).toBe(200);
  expect((await api.act(producer, objected.id, 'file_objection', { forms: forms(['objection']) })).status).toBe(200);

  await setToday(t, '2026-03-20');
  const o = await overview(province);
  expect(o.asOf).toBe('2026-03-20');
  expect(o.cities).toEqual([
    { code: '320500', name: '苏州市', open: 2, dueSoon: 0, overdueProducer: 0, overdueBureau: 1, awaitingReceipt: 0 },
  ]);
  expect(o.overdue).toEqual([
    {
      caseId: idle.id,
      caseNo: idle.caseNo,
      city: '苏州市',
      bureauName: '苏州市市场监督管理局',
      productName: '暖阳牌电暖器',
      producerName: '苏州暖阳电器有限公司',
      party: 'bureau',
      label: '通知生产者开展调查分析',
      dueOn: '2026-03-05',
    },
  ]);
  expect(o.waiting).toEqual([
    expect.objectContaining({ caseId: objected.id, reason: '生产者对缺陷认定提出异议，待省局重新认定' }),
  ]);

  // Suzhou sees its own; Nanjing has none; a producer is refused.
  expect((await overview(suzhou)).overdue.map((x) => x.caseId)).toEqual([idle.id]);
  expect(await overview(nanjing)).toMatchObject({ cities: [], overdue: [], waiting: [] });
  expect((await t.http().get('/api/oversight').set(bearer(producer))).status).toBe(403);
  await setToday(t, null);
});

describe('what waits for the province: clues', () => {
  const report = async (patch: object) => {
    const consumer = (
      await t
        .http()
        .post('/api/auth/dev')
        .send({ deviceId: `dban-device-${Math.random().toString(36).slice(2, 10)}` })
    ).body.token as string;
    const res = await t.http().post('/api/clues').set(bearer(consumer)).send(clueReport(patch));
    expect(res.status).toBe(201);
    return ZClueCreateResponse.parse(res.body);
  };

  test('out of province and cross-city clues wait for the province, with a link to open them; a passed-on one leaves', async () => {
    const shanghai = await report({ producerUscc: usccOf('310115'), producerName: '上海申城电器有限公司' });
    const crossCity = await report({ producerUscc: PRODUCER, regionCode: '320102' });
    const sameCity = await report({ producerUscc: PRODUCER, regionCode: '320508' });
    const o = await overview(province);
    const clues = o.waiting.filter((w) => w.kind === 'clue');
    expect(clues).toEqual([
      expect.objectContaining({
        clueId: shanghai.id,
        receiptNo: shanghai.receiptNo,
        bureauName: '江苏省市场监督管理局',
        reason: '生产者注册地在上海市，待省局移送上海市市场监督管理局',
        link: `/packages/bureau/pages/clue/index?id=${shanghai.id}`,
      }),
      expect.objectContaining({
        clueId: crossCity.id,
        bureauName: '苏州市市场监督管理局',
        reason: '跨市线索：生产者在苏州市，购买或使用地在南京市，由省局协调',
      }),
    ]);
    expect(clues.map((w) => w.clueId)).not.toContain(sameCity.id);
    // The drill-down opens: the province reads a clue another bureau handles.
    expect((await t.http().get(`/api/clues/${crossCity.id}`).set(bearer(province))).status).toBe(200);
    // Suzhou sees its own cross-city clue, not the province's.
    expect((await overview(suzhou)).waiting.filter((w) => w.kind === 'clue').map((w) => w.clueId)).toEqual([
      crossCity.id,
    ]);

    const passed = await t
      .http()
      .post(`/api/province/clues/${shanghai.id}/pass-on`)
      .set(bearer(province))
      .send({ provinceCode: '310000', contact: '缺陷产品管理处', note: '生产者在上海市' });
    expect(passed.status).toBe(201);
    expect((await overview(province)).waiting.map((w) => w.clueId)).not.toContain(shanghai.id);
  });
});

describe('reminders to the province when a city misses a deadline', () => {
  test('once per deadline, however often the job runs, listed on the oversight screen', async () => {
    await setToday(t, '2026-03-02');
    const late = await openCase('暖阳牌取暖器');
    const reminder = await t.app.getApplicationContext().getAsync(DeadlineReminder);
    await reminder.runOnce('2026-03-10');
    await reminder.runOnce('2026-03-10');
    await reminder.runOnce('2026-03-11');
    const o = await overview(province);
    const mine = o.reminders.filter((r) => r.caseId === late.id);
    expect(mine).toEqual([
      {
        caseId: late.id,
        caseNo: late.caseNo,
        bureauName: '苏州市市场监督管理局',
        productName: '暖阳牌取暖器',
        label: '通知生产者开展调查分析',
        dueOn: '2026-03-05',
        at: expect.any(String),
        link: `/packages/bureau/pages/case/index?id=${late.id}`,
      },
    ]);
    // The province's staff got one message for it, each.
    const db = reminder.db;
    const messages = await db
      .getRepository(Message)
      .findBy({ dedupeKey: `case:${late.id}:notify_producer:2026-03-05:overdue:province` });
    expect(messages).toHaveLength(1);
    // A city bureau's screen does not list the province's reminders.
    expect((await overview(suzhou)).reminders).toEqual([]);
    await setToday(t, null);
  });
});
