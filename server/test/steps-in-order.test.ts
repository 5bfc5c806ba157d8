import { ZCaseView } from '@recall/shared';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, PLAN_PATCH, setToday, usccOf } from './support/cases';
import { bearer, staff } from './support/users';

/**
 * Server and screen agree on every gate (issue 14, item 6): the step is refused with a Chinese
 * reason, and the case view offers it with the same reason as blockedReason.
 */
let t: TestApp;
let suzhou: string;
let producer: string;
let api: ReturnType<typeof caseApi>;
const PRODUCER = usccOf('320505');

const blocked = async (id: number, action: string) =>
  ZCaseView.parse((await api.view(producer, id)).body).actions.find((a) => a.action === action)?.blockedReason;

/** A case at 已发召回通知 whose recall notice is not yet confirmed as received. */
async function recallNotified(gtin: string) {
  const opened = await t.http().post('/api/cases').set(bearer(suzhou)).send({
    producerUscc: PRODUCER,
    producerName: '苏州暖阳电器有限公司',
    productName: '暖阳牌电暖器',
    categoryCode: '01',
    summary: '温控器触点粘连，持续加热导致外壳过热。',
  });
  const id = ZCaseView.parse(opened.body).id;
  await api.act(suzhou, id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) });
  const r = await api.act(suzhou, id, 'issue_recall_notice', { forms: forms(['recall_notice']) });
  const notice = ZCaseView.parse(r.body).documents.find((d) => d.type === 'recall_notice')!;
  const plan = forms(['recall_plan', 'recall_statement'], { recall_plan: { ...PLAN_PATCH, gtins: [gtin] } });
  return { id, notice, plan };
}

/** The case taken to 召回实施中, its plan (starting `startDate`) accepted today. */
async function recalling(gtin: string, startDate: string) {
  const { id, notice, plan } = await recallNotified(gtin);
  await api.receipt(producer, id, notice.id);
  const r = await api.act(producer, id, 'submit_plan', {
    forms: { ...plan, recall_plan: { ...plan.recall_plan, startDate } },
  });
  expect(r.status).toBe(200);
  const v = ZCaseView.parse((await api.view(suzhou, id)).body);
  const a = await api.act(suzhou, id, 'accept_plan', { forms: { press_release: v.prefill.press_release } });
  expect(ZCaseView.parse(a.body).state).toBe('recalling');
  return ZCaseView.parse(a.body);
}

beforeAll(async () => {
  t = await startApp();
  suzhou = await staff(t, { role: 'bureau', org: '320500', username: 'suzhou', password: 'suzhou-pass-1' });
  producer = await staff(t, {
    role: 'producer',
    org: PRODUCER,
    username: 'nuanyang',
    password: 'nuanyang-1',
    displayName: '张丽',
    producerName: '苏州暖阳电器有限公司',
  });
  api = caseApi(t);
}, 120_000);

afterAll(async () => {
  await setToday(t, null);
  await t.close();
});

describe('the recall plan waits for the recall notice’s receipt', () => {
  it('refuses the plan and the objection before receipt, and the screen says so; both open after it', async () => {
    await setToday(t, '2026-03-02');
    const { id, notice, plan } = await recallNotified('6901234567915');
    for (const action of ['submit_plan', 'file_objection'])
      expect(await blocked(id, action)).toBe(`请先确认收到${notice.docNo}（送达回执）`);
    let r = await api.act(producer, id, 'submit_plan', { forms: plan });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toBe(`请先确认收到${notice.docNo}（送达回执）`);
    expect(ZCaseView.parse((await api.view(producer, id)).body).state).toBe('recall_notified');

    expect((await api.receipt(producer, id, notice.id)).status).toBe(200);
    expect(await blocked(id, 'submit_plan')).toBeNull();
    r = await api.act(producer, id, 'submit_plan', { forms: plan });
    expect(r.status).toBe(200);
    expect(ZCaseView.parse(r.body).state).toBe('plan_submitted');
  });
});

describe('召回计划实施完成 is not offered on day 0', () => {
  it('refuses completion on the day the plan is accepted, allows it the next day', async () => {
    await setToday(t, '2026-03-10');
    const c = await recalling('6901234567922', '2026-03-10');
    const reason = '召回计划于2026-03-10接受并公示，当日不能报告实施完成，请在召回实施后再报告';
    expect(await blocked(c.id, 'complete_plan')).toBe(reason);
    let r = await api.act(producer, c.id, 'complete_plan', {});
    expect(r.status).toBe(409);
    expect(r.body.error.message).toBe(reason);
    expect((await t.http().get(`/api/recalls/${c.recallId}`)).body.status).toBe('ongoing');

    await setToday(t, '2026-03-11');
    expect(await blocked(c.id, 'complete_plan')).toBeNull();
    r = await api.act(producer, c.id, 'complete_plan', {});
    expect(ZCaseView.parse(r.body).state).toBe('plan_completed');
  });

  it('refuses completion before the plan’s start date', async () => {
    await setToday(t, '2026-04-01');
    const c = await recalling('6901234567939', '2026-04-15');
    await setToday(t, '2026-04-14');
    const reason = '召回自2026-04-15开始，开始实施后才能报告完成';
    expect(await blocked(c.id, 'complete_plan')).toBe(reason);
    const r = await api.act(producer, c.id, 'complete_plan', {});
    expect(r.status).toBe(409);
    expect(r.body.error.message).toBe(reason);
    await setToday(t, '2026-04-15');
    expect((await api.act(producer, c.id, 'complete_plan', {})).status).toBe(200);
  });
});
