import JSZip from 'jszip';
import { ZCaseListResponse, ZCaseView, ZRecallDetail, ZRecallRequestView } from '@recall/shared';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, PLAN_PATCH, setToday, usccOf } from './support/cases';
import { bearer, staff, suzhouBureau, nuanyangProducer } from './support/users';

/** The Jiangsu case workflow (苏市监规〔2025〕8号) end to end through the HTTP API. */
let t: TestApp;
let suzhou: string;
let wuxi: string;
let province: string;
let producer: string;
let otherProducer: string;
let api: ReturnType<typeof caseApi>;
const PRODUCER = usccOf('320505');
const OTHER = usccOf('320205', 'MA2AB3C4D');

const consumer = async (device: string) =>
  (await t.http().post('/api/auth/dev').send({ deviceId: device })).body.token as string;

const openCase = async (patch: Record<string, unknown> = {}) => {
  const res = await t
    .http()
    .post('/api/cases')
    .set(bearer(suzhou))
    .send({
      producerUscc: PRODUCER,
      producerName: '苏州暖阳电器有限公司',
      productName: '暖阳牌电暖器',
      brand: '暖阳',
      model: 'NY-2000',
      categoryCode: '01',
      summary: '温控器触点粘连，持续加热导致外壳过热。',
      ...patch,
    });
  expect(res.status).toBe(201);
  return ZCaseView.parse(res.body);
};

/** Opens a case and takes it to 已发召回通知 with the notice's receipt confirmed on `receivedOn`. */
async function toRecallNotified(receivedOn: string) {
  const c = await openCase();
  await setToday(t, receivedOn);
  await api.act(suzhou, c.id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) });
  const r = await api.act(suzhou, c.id, 'issue_recall_notice', { forms: forms(['recall_notice']) });
  expect(r.status).toBe(200);
  const notice = ZCaseView.parse(r.body).documents.find((d) => d.type === 'recall_notice')!;
  const rec = await api.receipt(producer, c.id, notice.id);
  expect(rec.status).toBe(200);
  return ZCaseView.parse(rec.body);
}

beforeAll(async () => {
  t = await startApp();
  suzhou = await suzhouBureau(t, '王科长');
  wuxi = await staff(t, { role: 'bureau', org: '320200', username: 'wuxi', password: 'wuxi-pass-1' });
  province = await staff(t, { role: 'province', org: '320000', username: 'js', password: 'js-pass-12' });
  producer = await nuanyangProducer(t, PRODUCER, '张丽');
  otherProducer = await staff(t, { role: 'producer', org: OTHER, username: 'other', password: 'other-pass-1' });
  api = caseApi(t);
}, 120_000);

afterAll(async () => {
  await setToday(t, null);
  await t.close();
});

describe('the full Jiangsu path', () => {
  it('runs from discovery to archive with numbered notices, receipts, deadlines, publication and completion', async () => {
    await setToday(t, '2026-02-12');
    const c = await openCase();
    expect(c.state).toBe('opened');
    // 3 working days from discovery: Fri 02-13, the make-up Saturday 02-14, then Spring Festival until Tue 02-24.
    expect(c.deadline).toMatchObject({ kind: 'notify_producer', dueOn: '2026-02-24', party: 'bureau' });
    // A producer is not party to a case until it is notified.
    expect((await api.view(producer, c.id)).status).toBe(404);

    let r = await api.act(suzhou, c.id, 'notify_investigation', {
      forms: forms(['investigation_notice'], { investigation_notice: { reportDueOn: '2026-03-13' } }),
    });
    expect(r.status).toBe(200);
    let v = ZCaseView.parse(r.body);
    expect(v.state).toBe('investigation_notified');
    const notice1 = v.documents[0];
    expect(notice1.docNo).toBe('苏州市市场监督管理局 调查分析〔2026〕1号');
    expect(v.deadline).toMatchObject({ kind: 'investigation_report', dueOn: '2026-03-13', party: 'producer' });

    // The producer must confirm delivery (送达回执) before filing.
    r = await api.act(producer, c.id, 'submit_report', { forms: forms(['investigation_report']) });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain('送达回执');
    r = await api.receipt(producer, c.id, notice1.id);
    expect(r.status).toBe(200);
    v = ZCaseView.parse(r.body);
    expect(v.documents[0].receipt).toMatchObject({ recipientName: expect.any(String), confirmedBy: '张丽' });
    expect((await api.receipt(producer, c.id, notice1.id)).status).toBe(409);

    r = await api.act(producer, c.id, 'submit_report', {
      forms: forms(['investigation_report'], { investigation_report: { conclusion: 'no_defect' } }),
    });
    expect(ZCaseView.parse(r.body).state).toBe('report_received');

    // The report does not prove there is no defect: defect investigation, then the recall notice.
    await setToday(t, '2026-03-16');
    r = await api.act(suzhou, c.id, 'start_defect_investigation', {
      forms: forms(['defect_investigation_notice'], { defect_investigation_notice: { basis: 'insufficient' } }),
    });
    expect(ZCaseView.parse(r.body).documents.at(-1)!.docNo).toBe('苏州市市场监督管理局 缺陷调查〔2026〕1号');
    r = await api.act(suzhou, c.id, 'issue_recall_notice', { forms: forms(['recall_notice']) });
    v = ZCaseView.parse(r.body);
    expect(v.state).toBe('recall_notified');
    expect(v.deadline).toMatchObject({ kind: 'plan_or_objection', dueOn: null, status: 'pending' });
    const notice4 = v.documents.find((d) => d.type === 'recall_notice')!;
    expect(notice4.docNo).toBe('苏州市市场监督管理局 召回通知〔2026〕1号');

    // Receipt on Mon 03-16 starts the 10 working days: the last day is Mon 03-30.
    v = ZCaseView.parse((await api.receipt(producer, c.id, notice4.id)).body);
    expect(v.deadline).toMatchObject({ dueOn: '2026-03-30', status: 'ok', workingDaysLeft: 10 });
    expect(v.actions.map((a) => a.action).sort()).toEqual(['file_objection', 'submit_plan']);

    // Objection → the province re-determines and upholds the finding → the plan is due in 10 working days.
    r = await api.act(producer, c.id, 'file_objection', { forms: forms(['objection']) });
    expect(ZCaseView.parse(r.body).state).toBe('objection_filed');
    r = await api.act(suzhou, c.id, 'reject_objection', { note: '复核维持' });
    expect(r.status).toBe(403);
    r = await api.act(province, c.id, 'reject_objection', {});
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('note');
    r = await api.act(province, c.id, 'reject_objection', { note: '经技术机构复核，缺陷认定成立' });
    v = ZCaseView.parse(r.body);
    expect(v.state).toBe('objection_rejected');
    expect(v.deadline).toMatchObject({ kind: 'plan', dueOn: '2026-03-30' });
    // 附件8 starts from what 附件2 already said.
    expect(ZCaseView.parse((await api.view(producer, c.id)).body).prefill.recall_statement).toMatchObject({
      legalRep: '王建国',
      principal: '李明',
      phone: '固定电话示例',
      origin: 'domestic',
      producerName: '苏州暖阳电器有限公司',
    });

    // The plan, returned once for correction, then accepted and published with its 新闻稿.
    const planForms = forms(['recall_plan', 'recall_statement'], { recall_plan: PLAN_PATCH });
    r = await api.act(producer, c.id, 'submit_plan', {
      forms: { ...planForms, recall_plan: { ...planForms.recall_plan, gtins: ['123'] } },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { path: string }) => i.path)).toContain('forms.recall_plan.gtins');
    r = await api.act(producer, c.id, 'submit_plan', { forms: planForms });
    expect(ZCaseView.parse(r.body).state).toBe('plan_submitted');
    r = await api.act(suzhou, c.id, 'return_plan', { note: '涉及数量与销售记录不符，请核实' });
    expect(ZCaseView.parse(r.body).state).toBe('plan_returned');
    v = ZCaseView.parse((await api.view(producer, c.id)).body);
    expect(v.prefill.recall_plan).toMatchObject({ involvedQty: 10, gtins: ['6901234567892'] });
    r = await api.act(producer, c.id, 'submit_plan', { forms: planForms });
    v = ZCaseView.parse((await api.view(suzhou, c.id)).body);
    expect(v.prefill.press_release!.body).toContain('苏州暖阳电器有限公司');
    // After the bureau's defect investigation the 新闻稿 says so, and not 主动.
    expect(v.prefill.press_release!.body).toContain('苏州暖阳电器有限公司受缺陷调查影响，按照');
    expect(v.prefill.press_release!.body).not.toContain('主动');
    r = await api.act(suzhou, c.id, 'accept_plan', { forms: { press_release: v.prefill.press_release } });
    v = ZCaseView.parse(r.body);
    expect(v.state).toBe('recalling');
    expect(v.stageSummaryDueOn).toBe('2026-06-10');
    expect(v.completion).toMatchObject({ involved: 10, completed: 0, rate: 0 });

    // Published: consumers find it by barcode, with its public fields and the 新闻稿 only.
    const found = await t.http().get('/api/recalls?gtin=6901234567892');
    expect(found.body.items.map((i: { id: number }) => i.id)).toContain(v.recallId);
    const detail = ZRecallDetail.parse((await t.http().get(`/api/recalls/${v.recallId}`)).body);
    expect(detail).toMatchObject({ source: 'case', acceptsRequests: true, quantity: 10, status: 'ongoing' });
    expect(detail.pressRelease!.title).toContain('暖阳');
    expect(JSON.stringify(detail)).not.toContain('legalRep');

    // A consumer asks for the remedy; customer service completes it; the completion rate moves.
    const alice = await consumer('alice-case');
    r = await t
      .http()
      .post(`/api/recalls/${v.recallId}/requests`)
      .set({ ...bearer(alice), 'Idempotency-Key': 'req-key-0001' })
      .send({
        batch: '20250901',
        productionDate: '2025-09-10',
        quantity: 2,
        preferredRemedy: 'replace',
        contact: { name: '李四', phone: '13912345678', address: '苏州市姑苏区人民路 1 号' },
      });
    expect(r.status).toBe(201);
    const req = ZRecallRequestView.parse(r.body);
    expect(req).toMatchObject({ status: 'submitted', scope: 'affected' });
    // The key again: the same request answers with the first; a different one under it is refused.
    const again = (quantity: number) =>
      t
        .http()
        .post(`/api/recalls/${v.recallId}/requests`)
        .set({ ...bearer(alice), 'Idempotency-Key': 'req-key-0001' })
        .send({
          batch: '20250901',
          productionDate: '2025-09-10',
          quantity,
          preferredRemedy: 'replace',
          contact: { name: '李四', phone: '13912345678', address: '苏州市姑苏区人民路 1 号' },
        });
    expect((await again(2)).body.id).toBe(req.id);
    const reused = await again(3);
    expect(reused.status).toBe(422);
    expect(reused.body.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(reused.body.error.message).toContain('Idempotency-Key');
    expect((await t.http().get('/api/recall-requests').set(bearer(alice))).body.total).toBe(1);
    for (const [step, body] of [
      ['accept', {}],
      ['schedule', { scheduledOn: '2026-03-20', note: '上门更换' }],
      ['complete', { remedy: 'replace' }],
    ] as const) {
      // A request is completed on or after its appointment (the recall started on 03-10).
      if (step === 'complete') await setToday(t, '2026-03-20');
      r = await t.http().post(`/api/producer/requests/${req.id}/${step}`).set(bearer(producer)).send(body);
      expect(r.status).toBe(200);
    }
    const mine = ZRecallRequestView.parse(
      (await t.http().get(`/api/recall-requests/${req.id}`).set(bearer(alice))).body,
    );
    expect(mine.events.map((e) => e.status)).toEqual(['submitted', 'accepted', 'scheduled', 'completed']);
    r = await t
      .http()
      .post(`/api/cases/${c.id}/channel-counts`)
      .set(bearer(producer))
      .send({ channel: '门店回收', units: 3 });
    expect(r.body).toMatchObject({ completedByRequests: 2, completedByOtherChannels: 3, completed: 5, rate: 50 });

    // Stage summary (every 3 months), completion, final summary (15 working days), archive.
    await setToday(t, '2026-06-08');
    v = ZCaseView.parse((await api.view(producer, c.id)).body);
    expect(v.prefill.stage_summary).toMatchObject({
      recalledQty: 5,
      actualRate: 50,
      involvedQty: 10,
      periodFrom: '2026-03-10',
      periodTo: '2026-06-08',
      recallPeriod: '2026年3月10日至2026年6月8日',
    });
    r = await api.act(producer, c.id, 'submit_stage_summary', {
      forms: { stage_summary: { ...forms(['stage_summary']).stage_summary, ...v.prefill.stage_summary } },
    });
    expect(ZCaseView.parse(r.body).stageSummaryDueOn).toBe('2026-09-10');
    await setToday(t, '2026-09-24');
    r = await api.act(producer, c.id, 'complete_plan', {});
    v = ZCaseView.parse(r.body);
    // 15 working days after 09-24 cross Mid-Autumn and National Day, counting the make-up Saturday 10-10.
    expect(v.deadline).toMatchObject({ kind: 'final_summary', dueOn: '2026-10-22' });
    expect((await t.http().get(`/api/recalls/${v.recallId}`)).body.status).toBe('completed');
    r = await api.act(producer, c.id, 'submit_final_summary', { forms: forms(['final_summary']) });
    expect(ZCaseView.parse(r.body).state).toBe('summarized');
    r = await api.act(suzhou, c.id, 'archive', {});
    v = ZCaseView.parse(r.body);
    expect(v.state).toBe('archived');
    expect(v.timeline.map((e) => e.action)).toEqual([
      'open',
      'notify_investigation',
      'confirm_receipt',
      'submit_report',
      'start_defect_investigation',
      'issue_recall_notice',
      'confirm_receipt',
      'file_objection',
      'reject_objection',
      'submit_plan',
      'return_plan',
      'submit_plan',
      'accept_plan',
      'submit_stage_summary',
      'complete_plan',
      'submit_final_summary',
      'archive',
    ]);

    // Every transition audited with who, from and to.
    const audit = await t
      .http()
      .get(`/api/admin/audit?entityType=case&entityId=${c.id}&pageSize=100`)
      .set(bearer(province));
    // The 17 steps of the timeline and the other-channel count.
    expect(audit.body.items.length).toBe(18);
    expect(audit.body.items.find((a: { action: string }) => a.action === 'case.accept_plan')).toMatchObject({
      fromState: 'plan_submitted',
      toState: 'recalling',
      actorId: expect.any(Number),
    });

    // Documents download as DOCX; the dossier holds every document and the audit trail.
    const docUrl = v.documents.find((d) => d.type === 'recall_notice')!.downloadUrl;
    const docx = await t.http().get(docUrl).responseType('blob');
    expect(docx.status).toBe(200);
    const xml = await (await JSZip.loadAsync(docx.body)).file('word/document.xml')!.async('string');
    expect(xml).toContain('召回通知〔2026〕1号');
    const zipRes = await t.http().get(v.dossierUrl!).responseType('blob');
    expect(zipRes.status).toBe(200);
    const names = Object.keys((await JSZip.loadAsync(zipRes.body)).files);
    expect(names).toEqual(expect.arrayContaining(['审计记录.json', '办理过程.json']));
    expect(names.filter((n) => n.startsWith('文书/')).length).toBe(v.documents.length);
    expect((await t.http().get(docUrl.replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(403);
  }, 60_000);
});

describe('voluntary recall (主动召回)', () => {
  it('enters at the plan, goes to the bureau of the producer’s city and is published on acceptance', async () => {
    await setToday(t, '2026-04-01');
    const r = await t
      .http()
      .post('/api/cases/voluntary')
      .set(bearer(producer))
      .send({
        categoryCode: '01',
        forms: forms(['recall_plan', 'recall_statement'], { recall_plan: { ...PLAN_PATCH, gtins: ['6901234567908'] } }),
      });
    expect(r.status).toBe(201);
    const c = ZCaseView.parse(r.body);
    expect(c).toMatchObject({ state: 'plan_submitted', voluntary: true, bureauCode: '320500' });
    expect((await api.view(wuxi, c.id)).status).toBe(404);
    const v = ZCaseView.parse((await api.view(suzhou, c.id)).body);
    expect(v.prefill.press_release!.body).toContain('主动');
    const accepted = ZCaseView.parse(
      (await api.act(suzhou, c.id, 'accept_plan', { forms: { press_release: v.prefill.press_release } })).body,
    );
    expect(accepted.state).toBe('recalling');
    expect((await t.http().get('/api/recalls?gtin=6901234567908')).body.total).toBe(1);

    // Re-recall (第十七条): the scope was wrong; the new plan updates the same public recall, its
    // earlier version kept as a revision.
    let r2 = await api.act(suzhou, c.id, 'order_rerecall', { note: '召回批次不全，20251001 批次同样存在缺陷' });
    expect(ZCaseView.parse(r2.body).state).toBe('rerecall_ordered');
    expect((await t.http().get(`/api/recalls/${accepted.recallId}`)).body.status).toBe('rerecall');
    const wider = forms(['recall_plan', 'recall_statement'], {
      recall_plan: { ...PLAN_PATCH, gtins: ['6901234567908'], batches: ['20250901', '20251001'], involvedQty: 25 },
    });
    r2 = await api.act(producer, c.id, 'submit_plan', { forms: wider });
    expect(r2.status).toBe(200);
    const again = ZCaseView.parse((await api.view(suzhou, c.id)).body);
    // The wider plan (25 units, the recall had 10) is drafted as a 扩大召回 with both totals.
    expect(again.prefill.press_release!.title).toBe('苏州暖阳电器有限公司扩大召回部分暖阳牌电暖器');
    expect(again.prefill.press_release!.body).toContain('涉及数量为15件。此次召回是在2026年3月10日实施的');
    expect(again.prefill.press_release!.body).toContain('两次共计召回数量为25件。');
    await api.act(suzhou, c.id, 'accept_plan', { forms: { press_release: again.prefill.press_release } });
    const detail = ZRecallDetail.parse((await t.http().get(`/api/recalls/${accepted.recallId}`)).body);
    expect(detail).toMatchObject({ quantity: 25, batches: ['20250901', '20251001'], status: 'ongoing' });
    expect(detail.revisions.length).toBeGreaterThanOrEqual(2);
  });
});

describe('objection deadline: 10 working days from receipt (逾期视为放弃权利)', () => {
  // Receipt Thu 2026-09-24; Mid-Autumn 09-25..27, National Day 10-01..07, make-up Saturday 10-10:
  // the 10th working day is Thu 10-15, the 11th Fri 10-16.
  it('accepts an objection on the 10th working day', async () => {
    const c = await toRecallNotified('2026-09-24');
    expect(c.deadline).toMatchObject({ dueOn: '2026-10-15' });
    await setToday(t, '2026-10-15');
    const r = await api.act(producer, c.id, 'file_objection', { forms: forms(['objection']) });
    expect(r.status).toBe(200);
    expect(ZCaseView.parse(r.body).state).toBe('objection_filed');
  });

  it('refuses it on the 11th, and then the bureau may escalate (第十九条)', async () => {
    const c = await toRecallNotified('2026-09-24');
    await setToday(t, '2026-10-15');
    let r = await api.act(suzhou, c.id, 'escalate', { note: '逾期未报告召回计划' });
    expect(r.status).toBe(409);
    await setToday(t, '2026-10-16');
    const v = ZCaseView.parse((await api.view(producer, c.id)).body);
    expect(v.actions.find((a) => a.action === 'file_objection')!.blockedReason).toContain('逾期视为放弃权利');
    r = await api.act(producer, c.id, 'file_objection', { forms: forms(['objection']) });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain('逾期视为放弃权利');
    r = await api.act(suzhou, c.id, 'escalate', { note: '既未报告召回计划也未提出异议' });
    expect(ZCaseView.parse(r.body).state).toBe('escalated');
    r = await api.act(province, c.id, 'forward_samr', { note: '已报总局责令召回' });
    expect(ZCaseView.parse(r.body).state).toBe('samr_ordered');
  });
});

describe('a defect investigation led by the province (第十三条)', () => {
  it('opens at the province bureau and numbers its notices in its own sequence', async () => {
    await setToday(t, '2026-06-01');
    const opened = await t.http().post('/api/cases').set(bearer(province)).send({
      producerUscc: PRODUCER,
      producerName: '苏州暖阳电器有限公司',
      productName: '暖阳牌取暖器',
      categoryCode: '01',
      summary: '多地发生起火事故，影响范围较大。',
    });
    expect(opened.status).toBe(201);
    const c = ZCaseView.parse(opened.body);
    expect(c.bureauCode).toBe('320000');
    expect((await api.view(suzhou, c.id)).status).toBe(404);
    const r = await api.act(province, c.id, 'start_defect_investigation', {
      forms: forms(['defect_investigation_notice'], { defect_investigation_notice: { basis: 'direct' } }),
    });
    expect(ZCaseView.parse(r.body).documents[0].docNo).toBe('江苏省市场监督管理局 缺陷调查〔2026〕1号');
  });
});

describe('document numbers', () => {
  it('are gapless and unique when many notices are issued at once', async () => {
    await setToday(t, '2026-05-11');
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push((await openCase({ productName: `并发产品${i}` })).id);
    const results = await Promise.all(
      ids.map((id) =>
        api.act(suzhou, id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 200));
    const numbers = results
      .map((r) => ZCaseView.parse(r.body).documents.at(-1)!.docNo!)
      .map((n) => Number(/〔2026〕(\d+)号/.exec(n)![1]))
      .sort((a, b) => a - b);
    const start = numbers[0];
    expect(numbers).toEqual(numbers.map((_, i) => start + i));
  });
});

describe('who sees what', () => {
  it('keeps producers to their own cases and requests, without clue or reporter data', async () => {
    await setToday(t, '2026-05-12');
    const c = await openCase();
    await api.act(suzhou, c.id, 'notify_investigation', {
      forms: forms(['investigation_notice'], { investigation_notice: { reportDueOn: '2026-05-29' } }),
    });
    expect((await api.view(otherProducer, c.id)).status).toBe(404);
    expect((await api.view(wuxi, c.id)).status).toBe(404);
    const list = ZCaseListResponse.parse((await t.http().get('/api/cases').set(bearer(otherProducer))).body);
    expect(list.items.find((i) => i.id === c.id)).toBeUndefined();
    const own = ZCaseView.parse((await api.view(producer, c.id)).body);
    expect(own.clueId).toBeNull();
    expect(own.dossierUrl).toBeNull();
    expect(own.timeline[0].actor).toBe('苏州市市场监督管理局');
    expect((await t.http().get('/api/producer/requests').set(bearer(otherProducer))).body.total).toBe(0);
    expect(
      (await api.act(otherProducer, c.id, 'submit_report', { forms: forms(['investigation_report']) })).status,
    ).toBe(404);
  });

  it('lists due-soon and overdue cases', async () => {
    await setToday(t, '2026-05-13');
    const c = await openCase({ discoveredOn: '2026-05-07' });
    // Thu 05-07 + 3 working days: Fri 05-08, the make-up Saturday 05-09, Mon 05-11.
    expect(c.deadline).toMatchObject({ dueOn: '2026-05-11', status: 'overdue' });
    const overdue = ZCaseListResponse.parse((await t.http().get('/api/cases?due=overdue').set(bearer(suzhou))).body);
    expect(overdue.items.map((i) => i.id)).toContain(c.id);
    expect(overdue.counts.overdue).toBeGreaterThan(0);
  });

  it('binds a producer account with a bureau invitation code, once', async () => {
    const inv = await t
      .http()
      .post('/api/invitations')
      .set(bearer(suzhou))
      .send({ producerUscc: OTHER, producerName: '无锡某电器有限公司' });
    expect(inv.status).toBe(201);
    const wechatUser = await consumer('cs-agent');
    const bound = await t.http().post('/api/producer/bind').set(bearer(wechatUser)).send({ code: inv.body.code });
    expect(bound.status).toBe(200);
    expect(bound.body.user.role).toBe('producer');
    const again = await t
      .http()
      .post('/api/producer/register')
      .send({ code: inv.body.code, username: 'cs2', password: 'cs2-pass-1', displayName: '客服二' });
    expect(again.status).toBe(409);
    const bad = await t
      .http()
      .post('/api/producer/register')
      .send({ code: 'ZZZZZZZZ', username: 'cs3', password: 'cs3-pass-1', displayName: '客服三' });
    expect(bad.status).toBe(400);
  });
});
