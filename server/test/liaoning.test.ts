import {
  ZBureauClueListResponse,
  ZBureauListResponse,
  ZCaseListResponse,
  ZClueView,
  ZCommissionView,
  ZCaseView,
  ZClueCreateResponse,
  ZMeResponse,
  ZRecallDetail,
} from '@recall/shared';
import { CaseService } from '../src/cases/case.service';
import { Clue, ClueBureau, RecallCase } from '../src/db/entity';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, PLAN_PATCH, setToday, usccOf } from './support/cases';
import { clueReport } from './support/clues';
import { bearer, staff } from './support/users';

/**
 * A Liaoning deployment (辽市监发〔2020〕32号): the province bureau collects clues, opens cases,
 * notifies producers in its own name and number, receives voluntary recalls, accepts plans and
 * publishes them; city bureaus are informed and assist. Everything follows `duties` of
 * config/provinces/liaoning.json, nothing is a code branch.
 */
let t: TestApp;
let province: string;
let dalian: string;
let producer: string;
let api: ReturnType<typeof caseApi>;
const DALIAN_PRODUCER = usccOf('210204', 'MA0HY1D2L');
const PLAN = { ...PLAN_PATCH, producerName: '大连海韵电器有限公司', productName: '海韵牌电暖器', brand: '海韵' };
const BY_PROVINCE = '由辽宁省市场监督管理局负责';

beforeAll(async () => {
  t = await startApp({ PROVINCE: 'liaoning' });
  province = await staff(t, { role: 'province', org: '210000', username: 'ln', password: 'ln-pass-123' });
  dalian = await staff(t, { role: 'bureau', org: '210200', username: 'dalian', password: 'dalian-pass-1' });
  producer = await staff(t, {
    role: 'producer',
    org: DALIAN_PRODUCER,
    username: 'haiyun',
    password: 'haiyun-pass-1',
    producerName: '大连海韵电器有限公司',
  });
  api = caseApi(t);
}, 120_000);

afterAll(async () => {
  await setToday(t, null);
  await t.close();
});

test('a Liaoning deployment loads Liaoning bureaus, 沈抚示范区 among them', async () => {
  const res = await t.http().get('/api/bureaus');
  expect(res.body.items).toHaveLength(16);
  expect(res.body.items[0].name).toBe('辽宁省市场监督管理局');
  expect(res.body.items).toContainEqual({ code: '219000', name: '沈抚示范区市场监督管理局', level: 'city' });
  // Its staff sign in like any city bureau's.
  await staff(t, { role: 'bureau', org: '219000', username: 'shenfu', password: 'shenfu-pass-1' });
});

test('the screens read the Liaoning document names and citations, and that clues go to the province only', async () => {
  const b = ZBureauListResponse.parse((await t.http().get('/api/bureaus')).body);
  // SAMR's format documents (辽 第二十三条): no Jiangsu 附件 numbers.
  expect(b.documents).toMatchObject({
    recall_plan: '消费品召回计划',
    receipt: '送达回证',
    final_summary: '消费品召回总结报告',
    investigation_notice: '消费品调查分析通知书',
  });
  expect(Object.values(b.documents).join()).not.toContain('附件');
  expect(b.references).toMatchObject({
    experts: '《辽宁省市场监督管理缺陷消费品召回管理工作规定》第二十条',
    planEvaluation: '《辽宁省市场监督管理缺陷消费品召回管理工作规定》第七条第（四）项',
    typicalCases: null,
  });
  expect(JSON.stringify(b.references)).not.toMatch(/江苏|苏市监/);
  expect(b.transferLevels).toEqual(['province']);
  // 线索报送 (辽 第八条): the entry form offers the province's units and says their working days.
  expect(b.workingDays).toEqual({ notifyProducer: 3 }); // the 立案 screen's sentence (辽 第九条)
  expect(b.clueUnits?.workingDays).toBe(5);
  expect(b.clueUnits?.units.map((u) => u.name)).toContain('执法稽查局');
});

describe('from a consumer’s clue to a published recall, the province doing what 辽 第四、九、十六条 give it', () => {
  let clueId: number;
  let caseId: number;

  test('the clue goes to the province, the Dalian bureau is informed', async () => {
    await setToday(t, '2026-03-02');
    const alice = (await t.http().post('/api/auth/dev').send({ deviceId: 'alice-liaoning' })).body.token as string;
    const res = await t
      .http()
      .post('/api/clues')
      .set(bearer(alice))
      .send(
        clueReport({
          productName: '电暖器',
          brand: '海韵',
          producerName: '大连海韵电器有限公司',
          producerUscc: DALIAN_PRODUCER,
          regionCode: '210202',
          contact: { name: '张三', phone: '13812345678', address: '大连市中山区人民路 1 号' },
        }),
      );
    expect(res.status).toBe(201);
    const clue = ZClueCreateResponse.parse(res.body);
    expect(clue.routing).toMatchObject({ bureauCode: '210000', copiedTo: ['210200'] });
    clueId = clue.id;
    const inbox = ZBureauClueListResponse.parse((await t.http().get('/api/bureau/clues').set(bearer(dalian))).body);
    expect(inbox.items.find((i) => i.id === clueId)).toMatchObject({ copiedOnly: true });
  });

  test('the province keeps the clue: no transfer to Dalian (it could not open the case), a commissioned check instead', async () => {
    const r = await t
      .http()
      .post(`/api/bureau/clues/${clueId}/transfer`)
      .set(bearer(province))
      .send({ toBureauCode: '210200', reason: '请大连市局核实' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('toBureauCode');
    expect(r.body.error.message).toContain('线索不能移送市局办理；需要市、县级局核实的，请委托核查');
    let c = await t.http().post('/api/commissions').set(bearer(province)).send({
      purpose: 'verify_clue',
      clueId,
      bureauCode: '210200',
      request: '请到售出门店购检同型号产品并回访消费者',
    });
    expect(c.status).toBe(201);
    const made = ZCommissionView.parse(c.body);
    c = await t
      .http()
      .post(`/api/commissions/${made.id}/feedback`)
      .set(bearer(dalian))
      .send({ note: '门店购检 2 台，温控器失效属实；消费者回访属实。' });
    expect(ZCommissionView.parse(c.body).state).toBe('done');
    const seen = ZClueView.parse((await t.http().get(`/api/clues/${clueId}`).set(bearer(province))).body);
    expect(seen.routing.bureauCode).toBe('210000');
    expect(seen.timeline.find((e) => e.type === 'commission_answered')).toMatchObject({
      bureauName: '大连市市场监督管理局',
      note: expect.stringContaining('温控器失效属实'),
    });
  });

  test('the Dalian bureau may not open a case, from the clue or on its own: it is told who does', async () => {
    const body = {
      producerUscc: DALIAN_PRODUCER,
      producerName: '大连海韵电器有限公司',
      productName: '海韵牌电暖器',
      categoryCode: '01',
      summary: '温控器触点粘连，持续加热导致外壳过热。',
    };
    for (const attempt of [body, { ...body, clueId }]) {
      const r = await t.http().post('/api/cases').set(bearer(dalian)).send(attempt);
      expect(r.status).toBe(403);
      expect(r.body.error.message).toContain(`在辽宁省，「立案」${BY_PROVINCE}`);
      expect(r.body.error.message).toContain('辽市监发〔2020〕32号');
    }
    // Its case list offers no 立案 and says who opens cases.
    const list = ZCaseListResponse.parse((await t.http().get('/api/cases').set(bearer(dalian))).body);
    expect(list).toMatchObject({ openNote: expect.stringContaining(BY_PROVINCE), total: 0 });
    expect(ZMeResponse.parse((await t.http().get('/api/me').set(bearer(dalian))).body).mayOpenCase).toBe(false);
    const own = ZCaseListResponse.parse((await t.http().get('/api/cases').set(bearer(province))).body);
    expect(own.openNote).toBeNull();
    expect(ZMeResponse.parse((await t.http().get('/api/me').set(bearer(province))).body).mayOpenCase).toBe(true);
  });

  test('the province opens the case and notifies the producer under its own name and number', async () => {
    let r = await t.http().post('/api/cases').set(bearer(province)).send({
      clueId,
      producerUscc: DALIAN_PRODUCER,
      producerName: '大连海韵电器有限公司',
      productName: '海韵牌电暖器',
      brand: '海韵',
      categoryCode: '01',
      summary: '温控器触点粘连，持续加热导致外壳过热。',
    });
    expect(r.status).toBe(201);
    let v = ZCaseView.parse(r.body);
    caseId = v.id;
    expect(v).toMatchObject({ bureauCode: '210000', bureauName: '辽宁省市场监督管理局', state: 'opened' });
    expect(v.actions.map((a) => a.action)).toContain('notify_investigation');
    // The Dalian bureau does not handle it (it assists when the province asks).
    expect((await api.view(dalian, caseId)).status).toBe(404);

    r = await api.act(province, caseId, 'notify_investigation', {
      forms: forms(['investigation_notice'], { investigation_notice: { reportDueOn: '2026-03-20' } }),
    });
    expect(r.status).toBe(200);
    v = ZCaseView.parse(r.body);
    const notice1 = v.documents.find((d) => d.type === 'investigation_notice')!;
    expect(notice1.docNo).toBe('辽宁省市场监督管理局 调查分析〔2026〕1号');
    expect((await api.receipt(producer, caseId, notice1.id)).status).toBe(200);
    r = await api.act(producer, caseId, 'submit_report', {
      forms: forms(['investigation_report'], { investigation_report: { conclusion: 'no_defect' } }),
    });
    expect(ZCaseView.parse(r.body).state).toBe('report_received');
    // 辽 第十条: the province asks for supplementary materials; the producer files them.
    r = await api.act(province, caseId, 'request_supplement', { note: '请补充温控器的检测报告' });
    expect(ZCaseView.parse(r.body).state).toBe('supplement_requested');
    r = await api.act(producer, caseId, 'submit_supplement', { forms: forms(['investigation_report']) });
    expect(ZCaseView.parse(r.body).state).toBe('report_received');
  });

  test('the province investigates, notifies the recall, accepts the plan and publishes it', async () => {
    await setToday(t, '2026-03-09');
    let r = await api.act(province, caseId, 'start_defect_investigation', {
      forms: forms(['defect_investigation_notice'], { defect_investigation_notice: { basis: 'insufficient' } }),
    });
    expect(ZCaseView.parse(r.body).documents.at(-1)!.docNo).toBe('辽宁省市场监督管理局 缺陷调查〔2026〕1号');
    r = await api.act(province, caseId, 'issue_recall_notice', { forms: forms(['recall_notice']) });
    let v = ZCaseView.parse(r.body);
    const notice4 = v.documents.find((d) => d.type === 'recall_notice')!;
    expect(notice4.docNo).toBe('辽宁省市场监督管理局 召回通知〔2026〕1号');
    expect((await api.receipt(producer, caseId, notice4.id)).status).toBe(200);
    // 辽 第十四条: the producer objects; once the finding is upheld it recalls at once.
    r = await api.act(producer, caseId, 'file_objection', { forms: forms(['objection']) });
    expect(r.status).toBe(200);
    r = await api.act(province, caseId, 'reject_objection', { note: '经技术机构复核，缺陷认定成立' });
    expect(ZCaseView.parse(r.body).deadline).toMatchObject({ kind: 'plan', dueOn: '2026-03-09', party: 'producer' });
    r = await api.act(producer, caseId, 'submit_plan', {
      forms: forms(['recall_plan', 'recall_statement'], { recall_plan: PLAN }),
    });
    expect(ZCaseView.parse(r.body).state).toBe('plan_submitted');
    v = ZCaseView.parse((await api.view(province, caseId)).body);
    expect(v.actions.map((a) => a.action).sort()).toEqual(['accept_plan', 'return_plan']);
    // The 新闻稿 cites SAMR's rules and Liaoning's, never Jiangsu's (辽 第二十三条).
    const press = JSON.stringify(v.prefill.press_release);
    expect(press).toContain('《辽宁省市场监督管理缺陷消费品召回管理工作规定》');
    expect(press).not.toMatch(/江苏|苏市监/);
    r = await api.act(province, caseId, 'accept_plan', { forms: { press_release: v.prefill.press_release } });
    expect(r.status).toBe(200);
    v = ZCaseView.parse(r.body);
    expect(v.state).toBe('recalling');
    const detail = ZRecallDetail.parse((await t.http().get(`/api/recalls/${v.recallId}`)).body);
    expect(detail).toMatchObject({ source: 'case', status: 'ongoing', productName: '海韵牌电暖器' });
    // Published: the public finds it.
    const found = await t.http().get('/api/recalls').query({ q: '海韵' });
    expect(found.body.items.map((i: { id: number }) => i.id)).toContain(v.recallId);
  });
});

describe('voluntary recalls (辽 第四条(三)、第十六条)', () => {
  test('a Dalian producer’s voluntary recall goes to the province, which accepts and publishes it', async () => {
    await setToday(t, '2026-04-01');
    let r = await t
      .http()
      .post('/api/cases/voluntary')
      .set(bearer(producer))
      .send({
        categoryCode: '01',
        forms: forms(['recall_plan', 'recall_statement'], { recall_plan: { ...PLAN, gtins: ['6901234567908'] } }),
      });
    expect(r.status).toBe(201);
    const c = ZCaseView.parse(r.body);
    expect(c).toMatchObject({ state: 'plan_submitted', voluntary: true, bureauCode: '210000' });
    expect((await api.view(dalian, c.id)).status).toBe(404);
    const v = ZCaseView.parse((await api.view(province, c.id)).body);
    expect(v.actions.map((a) => a.action).sort()).toEqual(['accept_plan', 'return_plan']);
    r = await api.act(province, c.id, 'accept_plan', { forms: { press_release: v.prefill.press_release } });
    expect(ZCaseView.parse(r.body)).toMatchObject({ state: 'recalling', recallId: expect.any(Number) });
  });
});

describe('a case a city bureau handles (opened before the profile said who does what)', () => {
  let id: number;

  beforeAll(async () => {
    const db = (await t.app.getApplicationContext().getAsync(CaseService)).db;
    const c = await db.getRepository(RecallCase).save(
      db.getRepository(RecallCase).create({
        bureauCode: '210200',
        producerUscc: DALIAN_PRODUCER,
        producerName: '大连海韵电器有限公司',
        productName: '海韵牌取暖器',
        categoryCode: '01',
        summary: '倾倒后未断电。',
        discoveredOn: '2026-04-01',
        state: 'opened',
      }),
    );
    id = c.id;
  });

  test('the Dalian bureau sees it without the province’s actions and is refused them with a clear 403', async () => {
    const v = ZCaseView.parse((await api.view(dalian, id)).body);
    expect(v.actions.map((a) => a.action)).not.toContain('notify_investigation');
    expect(v.actions.map((a) => a.action)).not.toContain('start_defect_investigation');
    const r = await api.act(dalian, id, 'notify_investigation', { forms: forms(['investigation_notice']) });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toContain(`「通知生产者开展调查分析」${BY_PROVINCE}`);
  });

  test('the province has them, and the notice carries its name and number', async () => {
    const v = ZCaseView.parse((await api.view(province, id)).body);
    expect(v.actions.map((a) => a.action)).toContain('notify_investigation');
    const r = await api.act(province, id, 'notify_investigation', {
      forms: forms(['investigation_notice'], { investigation_notice: { reportDueOn: '2026-04-20' } }),
    });
    expect(r.status).toBe(200);
    expect(ZCaseView.parse(r.body).documents[0].docNo).toBe('辽宁省市场监督管理局 调查分析〔2026〕2号');
  });
});

describe('a clue a city bureau holds (transferred to it before the profile said who opens cases)', () => {
  let id: number;

  beforeAll(async () => {
    const alice = (await t.http().post('/api/auth/dev').send({ deviceId: 'alice-liaoning-2' })).body.token as string;
    const res = await t
      .http()
      .post('/api/clues')
      .set(bearer(alice))
      .send(clueReport({ producerUscc: DALIAN_PRODUCER, producerName: '大连海韵电器有限公司', regionCode: '210202' }));
    id = ZClueCreateResponse.parse(res.body).id;
    const db = (await t.app.getApplicationContext().getAsync(CaseService)).db;
    await db.getRepository(Clue).update(id, { bureauCode: '210200' });
    await db.getRepository(ClueBureau).update({ clueId: id, bureauCode: '210000' }, { role: 'former' });
    await db.getRepository(ClueBureau).update({ clueId: id, bureauCode: '210200' }, { role: 'handler' });
  });

  test('is not stuck: Dalian cannot pass it to another city, and hands it to the province, which may open the case', async () => {
    const to = (code: string) =>
      t
        .http()
        .post(`/api/bureau/clues/${id}/transfer`)
        .set(bearer(dalian))
        .send({ toBureauCode: code, reason: '立案由省局负责' });
    const r = await to('210100');
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('toBureauCode');
    expect((await to('210000')).status).toBe(200);
    const v = ZClueView.parse((await t.http().get(`/api/clues/${id}`).set(bearer(province))).body);
    expect(v.routing.bureauCode).toBe('210000');
    const opened = await t.http().post('/api/cases').set(bearer(province)).send({
      clueId: id,
      producerUscc: DALIAN_PRODUCER,
      producerName: '大连海韵电器有限公司',
      productName: '海韵牌电暖器',
      categoryCode: '01',
      summary: '温控器触点粘连。',
    });
    expect(opened.status).toBe(201);
  });
});
