import { ZCaseView, ZOversightResponse } from '@recall/shared';
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
