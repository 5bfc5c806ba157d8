import {
  ZCaseView,
  ZExpertList,
  ZExpertView,
  ZStatisticsResponse,
  ZTechnicalRequestDetail,
  ZTypicalCaseList,
  ZTypicalCaseView,
} from '@recall/shared';
import { AuthService } from '../src/accounts/auth.service';
import { AuditLog, Expert } from '../src/db/entity';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, PLAN_PATCH, setToday, usccOf } from './support/cases';
import { bearer, nuanyangProducer, staff, suzhouBureau } from './support/users';

/**
 * The technical institution's remaining work (苏 第七、十三、十四条; 办法 第十二、十六条; 辽 第七、
 * 二十条): the form evaluation of a recall plan before the bureau decides on it, the evaluation of a
 * recall's effect, the expert library consultations draw from, and the case library of typical cases.
 */
let t: TestApp;
let suzhou: string;
let wuxi: string;
let province: string;
let producer: string;
let centre: string;
let admin: string;
let county: string;
let api: ReturnType<typeof caseApi>;
const PRODUCER = usccOf('320505');

const ask = (token: string, body: Record<string, unknown>) =>
  t.http().post('/api/technical/requests').set(bearer(token)).send(body);
const view = (token: string, id: number) => t.http().get(`/api/technical/requests/${id}`).set(bearer(token));
const answer = (token: string, id: number, what: string, body: Record<string, unknown>) =>
  t.http().post(`/api/technical/requests/${id}/${what}`).set(bearer(token)).send(body);

let gtin = 0;
/** A voluntary recall: the case enters at the plan (召回计划审查中). */
async function voluntaryCase(involvedQty = 100) {
  const code = `69012345${String(7000 + ++gtin)}`; // 12 digits: a GTIN-13 with its check digit
  const digits = code.split('').map(Number);
  const check = (10 - (digits.reduce((s, d, i) => s + d * (i % 2 ? 3 : 1), 0) % 10)) % 10;
  const r = await t
    .http()
    .post('/api/cases/voluntary')
    .set(bearer(producer))
    .send({
      categoryCode: '01',
      forms: forms(['recall_plan', 'recall_statement'], {
        recall_plan: { ...PLAN_PATCH, gtins: [code + check], involvedQty },
      }),
    });
  expect(r.status).toBe(201);
  return ZCaseView.parse(r.body);
}

async function accept(id: number) {
  const v = ZCaseView.parse((await api.view(suzhou, id)).body);
  const r = await api.act(suzhou, id, 'accept_plan', {
    forms: { press_release: v.prefill.press_release, plan_review: v.prefill.plan_review },
    defectClass: 'electrical',
  });
  expect(r.status).toBe(200);
  return ZCaseView.parse(r.body);
}

const EXPERT = {
  name: '张明远',
  organisation: '南京理工大学',
  title: '教授',
  phone: '13912345678',
  categoryCodes: ['01', '03'],
  specialty: '电气安全',
};

beforeAll(async () => {
  t = await startApp();
  suzhou = await suzhouBureau(t, '王科长');
  wuxi = await staff(t, { role: 'bureau', org: '320200', username: 'wuxi', password: 'wuxi-pass-1' });
  province = await staff(t, {
    role: 'province',
    org: '320000',
    username: 'js',
    password: 'js-pass-12',
    displayName: '刘处长',
  });
  admin = await staff(t, { role: 'admin', org: '320000', username: 'adm', password: 'adm-pass-12' });
  county = await staff(t, { role: 'county', org: '320506', username: 'wz', password: 'wz-pass-123' });
  producer = await nuanyangProducer(t, PRODUCER, '张丽');
  centre = await staff(t, {
    role: 'technical',
    org: 'T320000',
    username: 'jstc',
    password: 'jstc-pass-1',
    displayName: '李工',
  });
  api = caseApi(t);
  await setToday(t, '2026-04-01');
}, 600_000);

afterAll(async () => {
  await setToday(t, null);
  await t.close();
});

async function audits(entityType: string, entityId: number) {
  const db = (await t.app.getApplicationContext().getAsync(AuthService)).db;
  return db.getRepository(AuditLog).find({ where: { entityType, entityId: String(entityId) }, order: { id: 'ASC' } });
}

const CHECKLIST_OK = {
  batchesAccurate: { result: 'met' },
  quantityTrue: { result: 'met' },
  contentComplete: { result: 'met' },
  measuresFeasible: { result: 'met' },
};

describe('召回计划形式评估 (苏 第十四条)', () => {
  it('the bureau asks while it reviews the plan; the checklist reaches the case and the review form', async () => {
    const c = await voluntaryCase();
    // Only a case whose plan is under review: a finished or unrelated step is refused clearly.
    let r = await ask(suzhou, { kind: 'plan_evaluation', question: '请评估', dueOn: '2026-04-10' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('caseId');
    r = await ask(wuxi, { kind: 'plan_evaluation', caseId: c.id, question: '请评估', dueOn: '2026-04-10' });
    expect(r.status).toBe(404);
    r = await ask(suzhou, {
      kind: 'plan_evaluation',
      caseId: c.id,
      question: '请对召回计划进行形式评估：批次、数量、内容、措施。',
      dueOn: '2026-04-10',
    });
    expect(r.status).toBe(201);
    const req = ZTechnicalRequestDetail.parse(r.body);
    expect(req).toMatchObject({ kind: 'plan_evaluation', kindLabel: '召回计划形式评估', status: 'pending' });

    // Bad answers name the field: a point not met says why; a plan with a point not met is not recommended.
    r = await answer(centre, req.id, 'plan-evaluation', {
      checklist: { ...CHECKLIST_OK, quantityTrue: { result: 'unmet' } },
      conclusion: 'revise',
      opinion: '数量存疑',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('checklist.quantityTrue.note');
    r = await answer(centre, req.id, 'plan-evaluation', {
      checklist: { ...CHECKLIST_OK, quantityTrue: { result: 'unmet', note: '销售记录显示 150 台' } },
      conclusion: 'acceptable',
      opinion: '数量存疑',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toEqual({
      path: 'conclusion',
      message: '有不符合的项目时，结论应为建议退回补正',
    });
    r = await answer(centre, req.id, 'plan-evaluation', { checklist: {}, conclusion: 'revise', opinion: 'x' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { path: string }) => i.path)).toContain('checklist.batchesAccurate');
    // The wrong kind of answer is refused; bureaus do not answer.
    r = await answer(centre, req.id, 'effect-evaluation', {
      unitsInScope: 1,
      unitsRemedied: 1,
      channelsReached: 'x',
      residualRisk: 'x',
      conclusion: 'effective',
      opinion: 'x',
    });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({
      code: 'WRONG_ANSWER_KIND',
      message: '这是一项召回计划形式评估请求，请提交召回计划形式评估意见',
    });
    expect((await answer(suzhou, req.id, 'plan-evaluation', {})).status).toBe(403);

    r = await answer(centre, req.id, 'plan-evaluation', {
      checklist: { ...CHECKLIST_OK, quantityTrue: { result: 'unmet', note: '销售记录显示 150 台，计划只报 100 台' } },
      conclusion: 'revise',
      opinion: '建议生产者核实销售记录后补正召回数量。',
    });
    expect(r.status).toBe(200);
    const d = ZTechnicalRequestDetail.parse(r.body);
    expect(d.answer!.planEvaluation).toMatchObject({
      conclusion: 'revise',
      conclusionLabel: '形式审查不符合要求，建议退回补正',
      checklist: [
        { key: 'batchesAccurate', label: '批次准确', resultLabel: '符合' },
        { key: 'quantityTrue', label: '数量真实', result: 'unmet', resultLabel: '不符合' },
        { key: 'contentComplete', resultLabel: '符合' },
        { key: 'measuresFeasible', resultLabel: '符合' },
      ],
    });

    // Before it decides, the bureau sees the evaluation on the case's timeline, and its review
    // form starts from the institution's checklist; the producer sees neither.
    const v = ZCaseView.parse((await api.view(suzhou, c.id)).body);
    expect(v.state).toBe('plan_submitted');
    const answered = v.timeline.find((e) => e.label === '技术机构提交召回计划形式评估意见')!;
    expect(answered.note).toBe(
      '评估结论：形式审查不符合要求，建议退回补正。不符合：数量真实（销售记录显示 150 台，计划只报 100 台）',
    );
    expect(v.prefill.plan_return).toMatchObject({
      batchesAccurate: 'met',
      quantityTrue: 'unmet',
      contentComplete: 'met',
      measuresFeasible: 'met',
    });
    const pv = ZCaseView.parse((await api.view(producer, c.id)).body);
    expect(pv.timeline.some((e) => e.action.startsWith('technical.'))).toBe(false);
    // The province sees it too.
    expect((await view(province, req.id)).status).toBe(200);

    r = await api.act(suzhou, c.id, 'return_plan', {
      note: '召回数量与销售记录不符，请核实',
      forms: { plan_return: v.prefill.plan_return },
    });
    expect(r.status).toBe(200);
    expect(ZCaseView.parse(r.body).state).toBe('plan_returned');
    // Once the plan is no longer under review, no new form evaluation is asked.
    r = await ask(suzhou, { kind: 'plan_evaluation', caseId: c.id, question: '再评估', dueOn: '2026-04-10' });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'WRONG_CASE_STATE' });
    expect(r.body.error.message).toMatch(/只有召回计划审查中才能请求召回计划形式评估/);
    expect((await audits('technical_request', req.id)).map((a) => a.action)).toEqual([
      'technical.requested',
      'technical.answered',
    ]);
  });
});

describe('召回效果评估 (办法 第十六条)', () => {
  it('on a recall under way the institution reports the completion; 需补充召回措施 leads to a re-recall', async () => {
    const c = await voluntaryCase(200);
    let r = await ask(suzhou, { kind: 'effect_evaluation', caseId: c.id, question: '请评估', dueOn: '2026-05-10' });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toMatch(/召回实施后才能请求召回效果评估/);
    await accept(c.id);

    r = await ask(suzhou, {
      kind: 'effect_evaluation',
      caseId: c.id,
      question: '请评估召回效果：完成率、渠道覆盖和剩余风险。',
      dueOn: '2026-05-10',
    });
    expect(r.status).toBe(201);
    const id = ZTechnicalRequestDetail.parse(r.body).id;
    // The institution reads the case with the completion the producer's filings report.
    const asked = ZTechnicalRequestDetail.parse((await view(centre, id)).body);
    expect(asked.case!.completion).toEqual({ involved: 200, completed: 0, rate: 0 });

    r = await answer(centre, id, 'effect-evaluation', {
      unitsInScope: 200,
      unitsRemedied: 250,
      channelsReached: '线下门店',
      residualRisk: '高',
      conclusion: 'effective',
      opinion: 'x',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('unitsRemedied');
    r = await answer(centre, id, 'effect-evaluation', {
      unitsInScope: 200,
      unitsRemedied: 70,
      channelsReached: '线下门店和自营网店已告知；第三方电商平台未发布召回信息。',
      residualRisk: '仍有约 130 台在用，存在过热起火风险。',
      conclusion: 'insufficient',
      opinion: '建议通知生产者在电商平台发布召回信息并扩大告知范围。',
    });
    expect(r.status).toBe(200);
    expect(ZTechnicalRequestDetail.parse(r.body).answer!.effectEvaluation).toEqual({
      unitsInScope: 200,
      unitsRemedied: 70,
      rate: 35,
      channelsReached: '线下门店和自营网店已告知；第三方电商平台未发布召回信息。',
      residualRisk: '仍有约 130 台在用，存在过热起火风险。',
      conclusion: 'insufficient',
      conclusionLabel: '需补充召回措施',
      opinion: '建议通知生产者在电商平台发布召回信息并扩大告知范围。',
    });

    // The bureau and the province see it on the case.
    for (const who of [suzhou, province]) {
      const v = ZCaseView.parse((await api.view(who, c.id)).body);
      expect(v.timeline.find((e) => e.label === '技术机构提交召回效果评估报告')!.note).toBe(
        '评估结论：需补充召回措施。已召回处理 70 / 200（35%）；剩余风险：仍有约 130 台在用，存在过热起火风险。',
      );
    }
    // 需补充召回措施: the bureau orders the recall carried out again, as the workflow allows.
    r = await api.act(suzhou, c.id, 'order_rerecall', {
      note: '技术机构评估召回效果不足，需在电商平台发布召回信息',
      forms: forms(['rerecall_notice']),
    });
    expect(r.status).toBe(200);
    expect(ZCaseView.parse(r.body).state).toBe('rerecall_ordered');
  });
});

describe('专家库 (办法 第十二条; 辽 第二十条)', () => {
  let expertId: number;
  let retiredId: number;

  it('the province keeps the library; names and phones are encrypted at rest and masked for others', async () => {
    let r = await t
      .http()
      .post('/api/experts')
      .set(bearer(province))
      .send({ ...EXPERT, phone: '12345', categoryCodes: [] });
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['phone', 'categoryCodes']),
    );
    expect((await t.http().post('/api/experts').set(bearer(suzhou)).send(EXPERT)).status).toBe(403);
    expect((await t.http().post('/api/experts').set(bearer(centre)).send(EXPERT)).status).toBe(403);

    r = await t.http().post('/api/experts').set(bearer(province)).send(EXPERT);
    expect(r.status).toBe(201);
    const e = ZExpertView.parse(r.body);
    expertId = e.id;
    expect(e).toMatchObject({
      name: '张明远',
      phone: '13912345678',
      masked: false,
      categoryNames: ['电子电器', expect.any(String)],
    });
    r = await t
      .http()
      .post('/api/experts')
      .set(bearer(admin))
      .send({ ...EXPERT, name: '赵退休', organisation: '江苏省产品质量监督检验研究院', categoryCodes: ['05'] });
    expect(r.status).toBe(201);
    retiredId = r.body.id;

    // At rest: neither the name nor the phone appears in the row.
    const db = (await t.app.getApplicationContext().getAsync(AuthService)).db;
    const row = await db.getRepository(Expert).findOneByOrFail({ id: expertId });
    expect(JSON.stringify(row)).not.toContain('张明远');
    expect(JSON.stringify(row)).not.toContain('13912345678');

    // The province takes one out of the library; the change is audited without the personal data.
    r = await t
      .http()
      .put(`/api/experts/${retiredId}`)
      .set(bearer(province))
      .send({
        ...EXPERT,
        name: '赵退休',
        organisation: '江苏省产品质量监督检验研究院',
        categoryCodes: ['05'],
        active: false,
      });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ active: false, activeLabel: '已停用' });
    expect((await t.http().put('/api/experts/999999').set(bearer(province)).send(EXPERT)).status).toBe(404);
    const trail = await audits('expert', retiredId);
    expect(trail.map((a) => [a.action, a.fromState, a.toState])).toEqual([
      ['expert.created', null, 'active'],
      ['expert.updated', 'active', 'inactive'],
    ]);
    expect(JSON.stringify(trail)).not.toContain('赵退休');

    // Bureaus and the institution see the active experts, masked; the province sees all, in full.
    const asBureau = ZExpertList.parse((await t.http().get('/api/experts').set(bearer(suzhou))).body);
    expect(asBureau.items).toEqual([
      expect.objectContaining({ id: expertId, name: '张**', phone: '139****5678', masked: true }),
    ]);
    const asCentre = ZExpertList.parse((await t.http().get('/api/experts?categoryCode=03').set(bearer(centre))).body);
    expect(asCentre.items.map((x) => x.id)).toEqual([expertId]);
    expect((await t.http().get('/api/experts?categoryCode=05').set(bearer(centre))).body.items).toEqual([]);
    const all = ZExpertList.parse((await t.http().get('/api/experts?status=all').set(bearer(province))).body);
    expect(all.items.map((x) => [x.name, x.active])).toEqual([
      ['张明远', true],
      ['赵退休', false],
    ]);
    expect(
      (
        await t
          .http()
          .get(`/api/experts?keyword=${encodeURIComponent('南京理工')}`)
          .set(bearer(province))
      ).body.total,
    ).toBe(1);
    expect((await t.http().get('/api/experts').set(bearer(producer))).status).toBe(403);
  });

  it('a 技术会商 names the experts chosen from the library; inactive or unknown ones are refused', async () => {
    const c = await voluntaryCase();
    let r = await ask(suzhou, {
      kind: 'consultation',
      caseId: c.id,
      question: '请组织专家会商。',
      dueOn: '2026-04-20',
      expertIds: [retiredId],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toEqual({ path: 'expertIds', message: '所选专家不在专家库中或已停用' });
    r = await ask(suzhou, {
      kind: 'plan_evaluation',
      caseId: c.id,
      question: '请评估。',
      dueOn: '2026-04-20',
      expertIds: [expertId],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('expertIds');
    r = await ask(suzhou, {
      kind: 'consultation',
      caseId: c.id,
      question: '请组织专家会商。',
      dueOn: '2026-04-20',
      expertIds: [expertId],
    });
    expect(r.status).toBe(201);
    const req = ZTechnicalRequestDetail.parse(r.body);
    expect(req.experts).toEqual([{ id: expertId, name: '张**', organisation: '南京理工大学', title: '教授' }]);
    r = await answer(centre, req.id, 'consultation', {
      participants: ['张明远（南京理工大学）', '李工（技术中心）'],
      expertIds: [999999],
      opinion: '意见',
      conclusion: '结论',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('expertIds');
    r = await answer(centre, req.id, 'consultation', {
      participants: ['张明远（南京理工大学）', '李工（技术中心）'],
      expertIds: [expertId],
      opinion: '温控器额定电流偏小。',
      conclusion: '存在设计缺陷的可能。',
    });
    expect(r.status).toBe(200);
    expect(ZTechnicalRequestDetail.parse(r.body).answer!.consultation!.experts).toEqual([
      { id: expertId, name: '张**', organisation: '南京理工大学', title: '教授' },
    ]);
    // The province reads the record with the expert's name in full.
    const asProvince = ZTechnicalRequestDetail.parse((await view(province, req.id)).body);
    expect(asProvince.answer!.consultation!.experts[0].name).toBe('张明远');
  });
});

describe('案例库 (辽 第二十条)', () => {
  it('the province marks a finished case typical; staff search it; the statistics use the same mark', async () => {
    const c = await voluntaryCase(500);
    const MARK = {
      title: '电暖器温控器失效召回',
      summary: '某品牌电暖器温控器触点粘连导致过热，企业主动召回 500 台并更换温控器。',
    };
    let r = await t.http().put(`/api/cases/${c.id}/typical`).set(bearer(province)).send(MARK);
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('CASE_NOT_FINISHED');
    await accept(c.id);
    await setToday(t, '2026-05-01');
    expect((await api.act(producer, c.id, 'complete_plan', {})).status).toBe(200);
    r = await api.act(producer, c.id, 'submit_final_summary', { forms: forms(['final_summary']) });
    expect(ZCaseView.parse(r.body).state).toBe('summarized');

    // Only the province marks; the summary may not carry personal data.
    expect((await t.http().put(`/api/cases/${c.id}/typical`).set(bearer(suzhou)).send(MARK)).status).toBe(403);
    r = await t
      .http()
      .put(`/api/cases/${c.id}/typical`)
      .set(bearer(province))
      .send({ ...MARK, summary: '消费者王某（13812345678）投诉后立案。' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toEqual({ path: 'summary', message: '案例摘要中不能含有手机号码等个人信息' });
    r = await t.http().put(`/api/cases/${c.id}/typical`).set(bearer(province)).send(MARK);
    expect(r.status).toBe(200);
    expect(ZTypicalCaseView.parse(r.body)).toMatchObject({
      caseId: c.id,
      title: MARK.title,
      categoryName: '电子电器',
      defectClass: 'electrical',
      defectClassName: '电气安全类',
      units: 500,
      markedBy: '刘处长',
    });
    r = await t
      .http()
      .put(`/api/cases/${c.id}/typical`)
      .set(bearer(province))
      .send({ ...MARK, title: '电暖器温控器失效主动召回' });
    expect(r.status).toBe(200);

    // Staff search by category, defect class and keyword.
    for (const who of [suzhou, county, centre, admin, province]) {
      const l = ZTypicalCaseList.parse((await t.http().get('/api/typical-cases').set(bearer(who))).body);
      expect(l.items.map((i) => i.title)).toEqual(['电暖器温控器失效主动召回']);
    }
    const q = (s: string) => t.http().get(`/api/typical-cases?${s}`).set(bearer(suzhou));
    expect((await q('categoryCode=01&defectClass=electrical')).body.total).toBe(1);
    expect((await q('defectClass=chemical')).body.total).toBe(0);
    expect((await q('categoryCode=05')).body.total).toBe(0);
    expect((await q(`keyword=${encodeURIComponent('温控器')}`)).body.total).toBe(1);
    expect((await q(`keyword=${encodeURIComponent('玩具')}`)).body.total).toBe(0);
    expect((await t.http().get('/api/typical-cases').set(bearer(producer))).status).toBe(403);

    // The case shows its mark to staff, not to the producer.
    expect(ZCaseView.parse((await api.view(suzhou, c.id)).body).typicalCase).toMatchObject({
      title: '电暖器温控器失效主动召回',
      markedBy: '刘处长',
    });
    expect(ZCaseView.parse((await api.view(producer, c.id)).body).typicalCase).toBeNull();

    // The statistics' 典型案例 are the marked cases first, with the library's summary.
    const stats = ZStatisticsResponse.parse(
      (await t.http().get('/api/statistics?period=2026').set(bearer(province))).body,
    );
    expect(stats.typical[0]).toMatchObject({
      recallId: ZCaseView.parse((await api.view(suzhou, c.id)).body).recallId,
      marked: true,
      summary: MARK.summary,
    });
    expect(stats.typical.filter((x) => x.marked)).toHaveLength(1);

    // Unmarked: gone from the library and from the statistics' marks; audited throughout.
    expect((await t.http().delete(`/api/cases/${c.id}/typical`).set(bearer(province))).status).toBe(204);
    expect((await t.http().delete(`/api/cases/${c.id}/typical`).set(bearer(province))).status).toBe(404);
    expect((await q('')).body.total).toBe(0);
    const after = ZStatisticsResponse.parse(
      (await t.http().get('/api/statistics?period=2026').set(bearer(province))).body,
    );
    expect(after.typical.some((x) => x.marked)).toBe(false);
    expect((await audits('case', c.id)).map((a) => a.action).filter((a) => a.startsWith('typical_case.'))).toEqual([
      'typical_case.marked',
      'typical_case.updated',
      'typical_case.unmarked',
    ]);
  });
});
