import { ZCaseView, ZRecallRequestView } from '@recall/shared';
import { RecallRequestService } from '../src/participation/recall-request.service';
import { RecallRequest } from '../src/db/entity';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, PLAN_PATCH, setToday, usccOf } from './support/cases';
import { bearer, suzhouBureau, nuanyangProducer } from './support/users';

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
  suzhou = await suzhouBureau(t);
  producer = await nuanyangProducer(t, PRODUCER, '张丽');
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

describe('a remedy request is completed in order, and the consumer answers the completion', () => {
  const consumer = async (device: string) =>
    (await t.http().post('/api/auth/dev').send({ deviceId: device })).body.token as string;
  const service = (id: number, step: string, body: Record<string, unknown> = {}) =>
    t.http().post(`/api/producer/requests/${id}/${step}`).set(bearer(producer)).send(body);
  const answer = (token: string, id: number, step: string, body: Record<string, unknown> = {}) =>
    t.http().post(`/api/recall-requests/${id}/${step}`).set(bearer(token)).send(body);
  const completion = async (caseId: number) => ZCaseView.parse((await api.view(producer, caseId)).body).completion;
  const stored = async (id: number) =>
    (await t.app.getApplicationContext().getAsync(RecallRequestService)).db
      .getRepository(RecallRequest)
      .findOneByOrFail({ id });

  it('waits for the recall start and the appointment; a dispute is not counted until completed again', async () => {
    await setToday(t, '2026-05-04');
    const c = await recalling('6901234567946', '2026-05-06');
    const bob = await consumer('bob-in-order');
    let r = await t
      .http()
      .post(`/api/recalls/${c.recallId}/requests`)
      .set({ ...bearer(bob), 'Idempotency-Key': 'in-order-0001' })
      .send({
        batch: '20250901',
        quantity: 3,
        preferredRemedy: 'replace',
        contact: { name: '赵六', phone: '13912345679', address: '苏州市吴中区东吴北路 2 号' },
      });
    expect(r.status).toBe(201);
    const req = ZRecallRequestView.parse(r.body);
    expect(req.recallStartDate).toBe('2026-05-06');
    expect((await service(req.id, 'accept')).status).toBe(200);

    // Before the recall starts (05-06): refused with the reason, nothing stored.
    r = await service(req.id, 'complete', { remedy: 'replace' });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toBe('召回自2026-05-06开始，开始后才能完成召回');
    expect((await stored(req.id)).status).toBe('accepted');

    // After the start, before the appointment (05-08): refused.
    await setToday(t, '2026-05-06');
    expect((await service(req.id, 'schedule', { scheduledOn: '2026-05-08', note: '上门更换' })).status).toBe(200);
    r = await service(req.id, 'complete', { remedy: 'replace' });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toBe('已安排在2026-05-08处理，当天或之后才能完成召回');
    expect(await completion(c.id)).toMatchObject({ completedByRequests: 0 });

    // On the appointment day: completed and counted; the consumer still sees the appointment.
    await setToday(t, '2026-05-08');
    expect((await service(req.id, 'complete', { remedy: 'replace' })).status).toBe(200);
    expect(await completion(c.id)).toMatchObject({ completedByRequests: 3 });
    let mine = ZRecallRequestView.parse((await t.http().get(`/api/recall-requests/${req.id}`).set(bearer(bob))).body);
    expect(mine).toMatchObject({ status: 'completed', scheduledOn: '2026-05-08', completedRemedy: 'replace' });

    // Only the consumer answers, and a dispute needs its reason.
    expect((await t.http().post(`/api/recall-requests/${req.id}/confirm`).set(bearer(producer)).send({})).status).toBe(
      403,
    );
    expect((await answer(await consumer('eve-in-order'), req.id, 'confirm')).status).toBe(404);
    r = await answer(bob, req.id, 'dispute', {});
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('note');
    r = await answer(bob, req.id, 'dispute', { note: '更换的产品仍是同一批次' });
    expect(ZRecallRequestView.parse(r.body).status).toBe('disputed');
    expect((await stored(req.id)).status).toBe('disputed');
    expect(await completion(c.id)).toMatchObject({ completedByRequests: 0 });
    expect((await answer(bob, req.id, 'confirm')).status).toBe(409);

    // Customer service completes again; the consumer confirms; counted again, and final.
    expect((await service(req.id, 'complete', { remedy: 'replace', note: '已换新批次' })).status).toBe(200);
    r = await answer(bob, req.id, 'confirm', {});
    mine = ZRecallRequestView.parse(r.body);
    expect(mine).toMatchObject({ status: 'confirmed', scheduledOn: '2026-05-08' });
    expect(mine.events.map((e) => e.status)).toEqual([
      'submitted',
      'accepted',
      'scheduled',
      'completed',
      'disputed',
      'completed',
      'confirmed',
    ]);
    expect(await completion(c.id)).toMatchObject({ completedByRequests: 3 });
    expect((await service(req.id, 'complete', { remedy: 'replace' })).status).toBe(409);
  });
});
