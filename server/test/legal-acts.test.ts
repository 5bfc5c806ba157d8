import JSZip from 'jszip';
import { ZCaseListResponse, ZCaseView, ZClueCreateResponse, type TCaseView } from '@recall/shared';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, PLAN_PATCH, setToday, usccOf } from './support/cases';
import { clueReport } from './support/clues';
import { sample } from './support/forms';
import { bearer, staff, suzhouBureau, nuanyangProducer } from './support/users';

/**
 * Legal acts as documents (issue 14, item 4): the province's re-determination of an objection
 * (办法 第十七条), a returned plan with the four review criteria (苏 第十四条), a re-recall notice
 * (第十七条) and the escalation materials (第十九条) are numbered documents; those addressed to the
 * producer are delivered and receipted like notices; the e-dossier holds them with the clue record.
 */
let t: TestApp;
let suzhou: string;
let province: string;
let producer: string;
let reporter: string;
let api: ReturnType<typeof caseApi>;
const PRODUCER = usccOf('320505');

const openCase = async (patch: Record<string, unknown> = {}) => {
  const res = await t
    .http()
    .post('/api/cases')
    .set(bearer(suzhou))
    .send({
      producerUscc: PRODUCER,
      producerName: '苏州暖阳电器有限公司',
      productName: '暖阳牌电暖器',
      categoryCode: '01',
      summary: '温控器触点粘连，持续加热导致外壳过热。',
      ...patch,
    });
  expect(res.status).toBe(201);
  return ZCaseView.parse(res.body);
};

/** A case at 已发召回通知 whose notice the producer confirmed on `day`. */
async function recallNotified(day: string, patch: Record<string, unknown> = {}) {
  await setToday(t, day);
  const c = await openCase(patch);
  await api.act(suzhou, c.id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) });
  const r = await api.act(suzhou, c.id, 'issue_recall_notice', { forms: forms(['recall_notice']) });
  const notice = ZCaseView.parse(r.body).documents.find((d) => d.type === 'recall_notice')!;
  expect((await api.receipt(producer, c.id, notice.id)).status).toBe(200);
  return { c, notice };
}

const ok = async (res: { status: number; body: unknown }): Promise<TCaseView> => {
  expect(res).toMatchObject({ status: 200 });
  return ZCaseView.parse(res.body);
};
const lastOf = (v: TCaseView, type: string) => v.documents.filter((d) => d.type === type).at(-1)!;

const documentXml = async (url: string) => {
  const res = await t.http().get(url).responseType('blob');
  expect(res.status).toBe(200);
  return (await JSZip.loadAsync(res.body)).file('word/document.xml')!.async('string');
};

const paperReceipt = (id: number, docId: number, body: Record<string, unknown>) =>
  t
    .http()
    .post(`/api/cases/${id}/documents/${docId}/receipt`)
    .set(bearer(suzhou))
    .send({ ...sample('receipt', {}, []), ...body });

const shiftDay = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startApp();
  suzhou = await suzhouBureau(t, '王科长');
  province = await staff(t, { role: 'province', org: '320000', username: 'js', password: 'js-pass-12' });
  producer = await nuanyangProducer(t, PRODUCER, '张丽');
  reporter = (await t.http().post('/api/auth/dev').send({ deviceId: 'legal-acts' })).body.token;
  api = caseApi(t);
}, 120_000);

afterAll(async () => {
  await setToday(t, null);
  await t.close();
});

describe('an objection goes to the province, which answers in writing (办法 第十七条)', () => {
  it('files the objection to the province and issues a numbered 告知书 in the province’s name, receipted by the producer', async () => {
    const { c, notice } = await recallNotified('2026-03-16');
    let v = await ok(await api.act(producer, c.id, 'file_objection', { forms: forms(['objection']) }));
    const objection = lastOf(v, 'objection');
    // The written objection is addressed to the province and cites the city's notice by its number.
    const objXml = await documentXml(objection.downloadUrl);
    expect(objXml).toContain('江苏省市场监督管理局：');
    expect(objXml).toContain(`我公司对${notice.docNo}《消费品召回通知书》的缺陷调查结果有异议`);

    await setToday(t, '2026-03-18');
    v = await ok(await api.act(province, c.id, 'reject_objection', { note: '经技术机构复核，缺陷认定成立' }));
    expect(v.state).toBe('objection_rejected');
    const decision = lastOf(v, 'decision');
    expect(decision).toMatchObject({
      title: '缺陷重新认定结果告知书',
      docNo: '江苏省市场监督管理局 重新认定〔2026〕1号',
      party: 'bureau',
      needsReceipt: true,
      receipt: null,
    });
    // 10 working days from the decision (Wed 03-18): Wed 04-01.
    expect(v.deadline).toMatchObject({ kind: 'plan', dueOn: '2026-04-01' });
    const xml = await documentXml(decision.downloadUrl);
    expect(xml).toContain('苏州暖阳电器有限公司：');
    expect(xml).toContain(`你公司于2026年3月16日对${notice.docNo}《消费品召回通知书》的缺陷认定提出异议`);
    expect(xml).toContain('你公司提出的异议不成立');
    expect(xml).toContain('请你公司于2026年4月1日前');
    expect(xml).toContain('经技术机构复核，缺陷认定成立');

    // The producer sees the act signed by the province, and confirms it like a notice.
    let pv = ZCaseView.parse((await api.view(producer, c.id)).body);
    expect(lastOf(pv, 'decision').createdBy).toBe('江苏省市场监督管理局');
    expect(pv.awaitingReceipt).toBe(true);
    expect(pv.timeline.at(-1)!.actor).toBe('江苏省市场监督管理局');
    const waiting = async () =>
      ZCaseListResponse.parse((await t.http().get('/api/cases').set(bearer(producer))).body).counts.awaitingReceipt;
    const before = await waiting();
    pv = await ok(await api.receipt(producer, c.id, decision.id));
    expect(lastOf(pv, 'decision').receipt).toMatchObject({ confirmedBy: '张丽', deliveryMethod: 'electronic' });
    expect(pv.awaitingReceipt).toBe(false);
    expect(await waiting()).toBe(before - 1);
    expect(pv.timeline.at(-1)).toMatchObject({ action: 'confirm_receipt', note: `${decision.docNo} 已送达` });
  });

  it('an upheld objection closes the case with the province’s 告知书', async () => {
    const { c } = await recallNotified('2026-04-13');
    await api.act(producer, c.id, 'file_objection', { forms: forms(['objection']) });
    const v = await ok(
      await api.act(province, c.id, 'uphold_objection', {
        note: '复检未能复现触点粘连',
        forms: { decision: { review: '省局委托召回技术机构复检' } },
      }),
    );
    expect(v.state).toBe('closed_no_defect');
    const xml = await documentXml(lastOf(v, 'decision').downloadUrl);
    expect(xml).toContain('你公司提出的异议成立，撤销');
    expect(xml).toContain('省局委托召回技术机构复检');
    expect(lastOf(v, 'decision').docNo).toMatch(/^江苏省市场监督管理局 重新认定〔2026〕\d+号$/);
  });
});

describe('a plan is returned with the four criteria of 第十四条', () => {
  it('refuses a return that marks all four met, issues a numbered notice with the checklist, delivered on paper', async () => {
    const { c } = await recallNotified('2026-05-11');
    const planForms = forms(['recall_plan', 'recall_statement'], { recall_plan: PLAN_PATCH });
    await ok(await api.act(producer, c.id, 'submit_plan', { forms: planForms }));
    const allMet = { batchesAccurate: 'met', quantityTrue: 'met', contentComplete: 'met', measuresFeasible: 'met' };
    let r = await api.act(suzhou, c.id, 'return_plan', { note: '请核实', forms: { plan_return: allMet } });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('forms.plan_return.batchesAccurate');
    expect(r.body.error.message).toContain('四项审查内容均符合时不应退回');
    r = await api.act(suzhou, c.id, 'return_plan', {
      note: '涉及数量与销售记录不符，请核实',
      forms: { plan_return: { ...allMet, quantityTrue: 'unmet', batchesAccurate: 'sometimes' } },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('forms.plan_return.batchesAccurate');
    const v = await ok(
      await api.act(suzhou, c.id, 'return_plan', {
        note: '涉及数量与销售记录不符，请核实',
        forms: { plan_return: { ...allMet, quantityTrue: 'unmet' } },
      }),
    );
    expect(v.state).toBe('plan_returned');
    const ret = lastOf(v, 'plan_return');
    expect(ret).toMatchObject({ docNo: '苏州市市场监督管理局 计划补正〔2026〕1号', needsReceipt: true });
    const xml = await documentXml(ret.downloadUrl);
    expect(xml).toContain('召回计划退回补正通知书');
    expect(xml).toContain('数量真实');
    expect(xml).toContain('☐ 符合　☑ 不符合');
    expect(xml).toContain('涉及数量与销售记录不符，请核实');

    // Delivered on paper, by post: the receipt path of the notices, with method, day and signature.
    await setToday(t, '2026-05-14');
    const bv = await ok(
      await paperReceipt(c.id, ret.id, { deliveryMethod: 'post', receivedOn: '2026-05-13', signedBy: '李明' }),
    );
    expect(lastOf(bv, 'plan_return').receipt).toMatchObject({
      deliveryMethod: 'post',
      receivedOn: '2026-05-13',
      signedBy: '李明',
    });
    const receiptXml = await documentXml(lastOf(bv, 'receipt').downloadUrl);
    expect(receiptXml).toContain(`☑ 其他（召回计划退回补正通知书 ${ret.docNo}）`);
    expect(receiptXml).toContain('李明（纸质回执签收）');
    // The producer answers with a corrected plan; the bureau accepts it with the four criteria met.
    expect((await api.act(producer, c.id, 'submit_plan', { forms: planForms })).status).toBe(200);
    const press = ZCaseView.parse((await api.view(suzhou, c.id)).body).prefill.press_release;
    r = await api.act(suzhou, c.id, 'accept_plan', {
      forms: { press_release: press, plan_review: { ...allMet, measuresFeasible: 'unmet' } },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('forms.plan_review.measuresFeasible');
    expect(r.body.error.message).toContain('“措施可行”不符合时应退回补正');
    const accepted = await ok(
      await api.act(suzhou, c.id, 'accept_plan', { forms: { press_release: press, plan_review: allMet } }),
    );
    expect(accepted.state).toBe('recalling');
    const review = lastOf(accepted, 'plan_review');
    expect(review).toMatchObject({ title: '召回计划审查记录', docNo: null, needsReceipt: false });
    const reviewXml = await documentXml(review.downloadUrl);
    expect(reviewXml).toContain('审查结论：接受召回计划并公示');
    expect(reviewXml.split('☑ 符合　☐ 不符合').length - 1).toBe(4);
  });
});

describe('re-recall and escalation are written acts', () => {
  it('orders a re-recall with a numbered notice stating what was found and the plan date', async () => {
    await setToday(t, '2026-06-01');
    const r = await t
      .http()
      .post('/api/cases/voluntary')
      .set(bearer(producer))
      .send({
        categoryCode: '01',
        forms: forms(['recall_plan', 'recall_statement'], {
          recall_plan: { ...PLAN_PATCH, gtins: ['6901234567915'], startDate: '2026-06-01' },
        }),
      });
    const c = ZCaseView.parse(r.body);
    const pv = ZCaseView.parse((await api.view(suzhou, c.id)).body);
    await ok(await api.act(suzhou, c.id, 'accept_plan', { forms: { press_release: pv.prefill.press_release } }));
    const v = await ok(
      await api.act(suzhou, c.id, 'order_rerecall', {
        note: '20251001 批次同样存在缺陷',
        forms: { rerecall_notice: { findings: ['scope'], scope: '扩大至 20251001 批次' } },
      }),
    );
    expect(v.state).toBe('rerecall_ordered');
    const notice = lastOf(v, 'rerecall_notice');
    expect(notice).toMatchObject({ docNo: '苏州市市场监督管理局 重新召回〔2026〕1号', needsReceipt: true });
    const xml = await documentXml(notice.downloadUrl);
    expect(xml).toContain('存在以下问题：召回范围不准确');
    const [y, mo, d] = v.deadline!.dueOn!.split('-').map(Number);
    expect(v.deadline!.kind).toBe('plan');
    expect(xml).toContain(`并于${y}年${mo}月${d}日前向我局报告召回计划`);
    expect(xml).toContain('扩大至 20251001 批次');
    expect((await api.receipt(producer, c.id, notice.id)).status).toBe(200);
  });

  it('escalates with the city’s numbered report to the province, forwarded with the province’s report to SAMR', async () => {
    const { c, notice } = await recallNotified('2026-09-24');
    // 10 working days from Thu 09-24 end on Thu 10-15 (Mid-Autumn and National Day between).
    await setToday(t, '2026-10-16');
    let v = await ok(await api.act(suzhou, c.id, 'escalate', { note: '多次电话催告未果' }));
    const report = lastOf(v, 'escalation_report');
    expect(report).toMatchObject({ docNo: '苏州市市场监督管理局 提请召回〔2026〕1号', needsReceipt: false });
    let xml = await documentXml(report.downloadUrl);
    expect(xml).toContain('江苏省市场监督管理局：');
    expect(xml).toContain(`已发出${notice.docNo}《消费品召回通知书》，该通知书于2026年9月24日送达`);
    expect(xml).toContain('报告召回计划或提出异议的期限已于2026年10月15日届满');
    expect(xml).toContain('多次电话催告未果');
    // Addressed to the province, not to the producer: nothing for the producer to confirm.
    expect((await api.receipt(producer, c.id, report.id)).status).toBe(404);

    v = await ok(await api.act(province, c.id, 'forward_samr', { note: '报请总局责令召回' }));
    const samr = lastOf(v, 'samr_report');
    expect(samr).toMatchObject({ docNo: '江苏省市场监督管理局 报请召回〔2026〕1号', needsReceipt: false });
    xml = await documentXml(samr.downloadUrl);
    expect(xml).toContain('国家市场监督管理总局：');
    expect(xml).toContain(`苏州市市场监督管理局提请责令召回（${report.docNo}）`);
  });
});

describe('the e-dossier (苏 第十八条)', () => {
  it('holds the clue record, every act as DOCX and the audit trail; the discovery date is the clue’s', async () => {
    const clueRes = await t
      .http()
      .post('/api/clues')
      .set(bearer(reporter))
      .send(clueReport({ producerUscc: PRODUCER }));
    const clue = ZClueCreateResponse.parse(clueRes.body);
    const clueDay = (await t.http().get(`/api/clues/${clue.id}`).set(bearer(suzhou))).body.createdAt;
    const received = new Date(Date.parse(clueDay) + 8 * 3600_000).toISOString().slice(0, 10);
    // The bureau opens the case a week later without typing a date: 第十一条 counts from the clue.
    await setToday(t, shiftDay(received, 7));
    const c = await openCase({ clueId: clue.id });
    expect(c.discoveredOn).toBe(received);
    expect(c.deadline!.dueOn! < shiftDay(received, 7)).toBe(true);

    await api.act(suzhou, c.id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) });
    let v = await ok(await api.act(suzhou, c.id, 'issue_recall_notice', { forms: forms(['recall_notice']) }));
    await api.receipt(producer, c.id, lastOf(v, 'recall_notice').id);
    await api.act(producer, c.id, 'file_objection', { forms: forms(['objection']) });
    v = await ok(await api.act(province, c.id, 'uphold_objection', { note: '异议成立' }));
    const zip = await JSZip.loadAsync((await t.http().get(v.dossierUrl!).responseType('blob')).body);
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['线索记录.json', '审计记录.json', '办理过程.json']));
    expect(names.some((n) => n.startsWith('文书/') && n.includes('缺陷重新认定结果告知书'))).toBe(true);
    expect(names.filter((n) => n.startsWith('文书/')).length).toBe(v.documents.length);
    const record = JSON.parse(await zip.file('线索记录.json')!.async('string'));
    expect(record).toMatchObject({ receiptNo: clue.receiptNo, description: '使用半小时后外壳发烫冒烟。' });
    // The dossier travels: the reporter's contact is masked in it.
    expect(JSON.stringify(record)).not.toContain('13812345678');
    const audit = JSON.parse(await zip.file('审计记录.json')!.async('string')) as Array<{ action: string }>;
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['case.open', 'case.uphold_objection']));
  });
});
