import { docxText } from './support/docx-text';
import {
  ZCaseView,
  ZClueView,
  ZMessageList,
  ZTechnicalRequestDetail,
  ZTechnicalRequestList,
  type TTechnicalRequestDetail,
} from '@recall/shared';
import { AuthService } from '../src/accounts/auth.service';
import { AuditLog, Outbox, User } from '../src/db/entity';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, setToday, usccOf } from './support/cases';
import { clueReport } from './support/clues';
import { phonePhoto } from './support/images';
import { bearer, nuanyangProducer, staff, suzhouBureau } from './support/users';

/**
 * The technical institution (召回技术机构, 苏 第七、九、十三条; 办法 第十六条): a city bureau asks for a
 * 技术会商 on a clue and a 风险评估 on a case; the institution answers; the determination of the
 * defect cites the report; the institution reads only what it is asked about, reporters masked.
 */
let t: TestApp;
let suzhou: string;
let wuxi: string;
let province: string;
let producer: string;
let centre: string;
let api: ReturnType<typeof caseApi>;
const PRODUCER = usccOf('320505');

const upload = async (token: string) => {
  const res = await t
    .http()
    .post('/api/uploads')
    .set(bearer(token))
    .attach('file', await phonePhoto(), 'p.jpg');
  expect(res.status).toBe(201);
  return res.body.id as string;
};
const ask = (token: string, body: Record<string, unknown>) =>
  t.http().post('/api/technical/requests').set(bearer(token)).send(body);
const view = (token: string, id: number) => t.http().get(`/api/technical/requests/${id}`).set(bearer(token));
const list = (token: string, query = '') => t.http().get(`/api/technical/requests${query}`).set(bearer(token));
const answer = (token: string, id: number, what: 'consultation' | 'assessment', body: Record<string, unknown>) =>
  t.http().post(`/api/technical/requests/${id}/${what}`).set(bearer(token)).send(body);

let reports = 0;
const report = async (token: string, patch: object = {}) => {
  const res = await t
    .http()
    .post('/api/clues')
    .set(bearer(token))
    .set('Idempotency-Key', `tech-clue-${++reports}`)
    .send(clueReport(patch));
  expect(res.status).toBe(201);
  return res.body.id as number;
};

const openCase = async (token = suzhou) => {
  const res = await t.http().post('/api/cases').set(bearer(token)).send({
    producerUscc: PRODUCER,
    producerName: '苏州暖阳电器有限公司',
    productName: '暖阳牌电暖器',
    brand: '暖阳',
    model: 'NY-2000',
    categoryCode: '01',
    summary: '温控器触点粘连，持续加热导致外壳过热。',
  });
  expect(res.status).toBe(201);
  return ZCaseView.parse(res.body);
};

beforeAll(async () => {
  t = await startApp();
  suzhou = await suzhouBureau(t, '王科长');
  wuxi = await staff(t, { role: 'bureau', org: '320200', username: 'wuxi', password: 'wuxi-pass-1' });
  province = await staff(t, { role: 'province', org: '320000', username: 'js', password: 'js-pass-12' });
  producer = await nuanyangProducer(t, PRODUCER, '张丽');
  centre = await staff(t, {
    role: 'technical',
    org: 'T320000',
    username: 'jstc',
    password: 'jstc-pass-1',
    displayName: '李工',
  });
  api = caseApi(t);
}, 600_000);

afterAll(async () => {
  await setToday(t, null);
  await t.close();
});

async function auditRows(entityId: number): Promise<AuditLog[]> {
  const db = (await t.app.getApplicationContext().getAsync(AuthService)).db;
  return db.getRepository(AuditLog).find({
    where: { entityType: 'technical_request', entityId: String(entityId) },
    order: { id: 'ASC' },
  });
}

test('the institution signs in as 召回技术机构 of its province, by its code in the profile', async () => {
  const me = await t.http().get('/api/me').set(bearer(centre));
  expect(me.status).toBe(200);
  expect(me.body).toMatchObject({ role: 'technical', roleLabel: '召回技术机构' });
  expect(me.body.org).toEqual({ code: 'T320000', name: '江苏省缺陷产品召回技术中心' });
  const inst = await t.http().get('/api/technical/institutions').set(bearer(suzhou));
  expect(inst.body.items).toEqual([{ code: 'T320000', name: '江苏省缺陷产品召回技术中心' }]);
  await expect(
    staff(t, { role: 'technical', org: 'T999999', username: 'nobody', password: 'nobody-pass-1' }),
  ).rejects.toThrow(/没有代码为 T999999 的召回技术机构/);
});

describe('技术会商 on a clue', () => {
  let clueId: number;
  let requestId: number;
  let unrelatedClue: number;

  beforeAll(async () => {
    await setToday(t, null);
    const alice = (await t.http().post('/api/auth/dev').send({ deviceId: 'tech-alice' })).body.token as string;
    clueId = await report(alice);
    unrelatedClue = await report(alice, { productName: '取暖器', description: '插头发热变形。' });
  });

  it('refuses bad input with 400 naming the field', async () => {
    let r = await ask(suzhou, { kind: 'consultation', question: '是否存在缺陷？', dueOn: '2099-01-10' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('clueId');
    r = await ask(suzhou, { kind: 'consultation', clueId, question: '', dueOn: '2099-01-10' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { path: string }) => i.path)).toContain('question');
    r = await ask(suzhou, { kind: 'consultation', clueId, question: '是否存在缺陷？', dueOn: '2020-01-10' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toEqual({ path: 'dueOn', message: '答复期限应晚于今天' });
    r = await ask(suzhou, { kind: 'risk_assessment', clueId, question: '风险如何？', dueOn: '2099-01-10' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('caseId');
    r = await ask(suzhou, {
      kind: 'consultation',
      clueId,
      question: '是否存在缺陷？',
      dueOn: '2099-01-10',
      institutionCode: 'T999999',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('institutionCode');
  });

  it('a bureau that cannot see the clue cannot ask about it; the institution cannot ask at all', async () => {
    const r = await ask(wuxi, { kind: 'consultation', clueId, question: '是否存在缺陷？', dueOn: '2099-01-10' });
    expect(r.status).toBe(404);
    expect((await ask(centre, { kind: 'consultation', clueId, question: 'x', dueOn: '2099-01-10' })).status).toBe(403);
  });

  it('the bureau asks, the institution reads the clue masked and answers, the bureau sees it on the timeline', async () => {
    const material = await upload(suzhou);
    let r = await ask(suzhou, {
      kind: 'consultation',
      clueId,
      question: '外壳发烫冒烟是否属于设计缺陷？请组织专家会商。',
      materialIds: [material],
      dueOn: '2099-01-10',
    });
    expect(r.status).toBe(201);
    let d: TTechnicalRequestDetail = ZTechnicalRequestDetail.parse(r.body);
    requestId = d.id;
    expect(d).toMatchObject({
      kind: 'consultation',
      kindLabel: '技术会商',
      status: 'pending',
      institutionName: '江苏省缺陷产品召回技术中心',
      requesterName: '苏州市市场监督管理局',
      requestedBy: '王科长',
      answer: null,
    });
    expect(d.subject).toMatchObject({ type: 'clue', id: clueId, productName: '电暖器' });
    expect(d.materials).toHaveLength(1);

    // The institution's workspace lists what it is asked, and reads the clue without the reporter's data.
    const mine = ZTechnicalRequestList.parse((await list(centre)).body);
    expect(mine.items.map((i) => i.id)).toEqual([requestId]);
    expect(mine.counts).toEqual({ pending: 1, answered: 0, overdue: 0 });
    r = await view(centre, requestId);
    expect(r.status).toBe(200);
    d = ZTechnicalRequestDetail.parse(r.body);
    expect(d.clue).toMatchObject({ id: clueId, description: '使用半小时后外壳发烫冒烟。' });
    expect(d.clue!.contact).toEqual({ name: '张*', phone: '138****5678', address: '苏州市虎丘区****' });
    expect(JSON.stringify(r.body)).not.toContain('13812345678');
    expect(JSON.stringify(r.body)).not.toContain('竹园路');
    expect(JSON.stringify(r.body)).not.toContain('张三');

    // Bad answers name the field; a risk report is not a consultation record.
    r = await answer(centre, requestId, 'consultation', { participants: [], opinion: '', conclusion: 'x' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['participants', 'opinion']),
    );
    r = await answer(centre, requestId, 'assessment', {
      hazard: 'x',
      riskLevel: 'high',
      scope: 'x',
      basis: 'x',
      conclusion: 'x',
      fileIds: [await upload(centre)],
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('WRONG_ANSWER_KIND');
    // Files must be the institution's own uploads.
    r = await answer(centre, requestId, 'consultation', {
      participants: ['张教授（南京理工大学）'],
      opinion: '意见',
      conclusion: '结论',
      fileIds: [material],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('fileIds');
    // Bureaus do not answer.
    expect((await answer(suzhou, requestId, 'consultation', {})).status).toBe(403);

    const minutes = await upload(centre);
    r = await answer(centre, requestId, 'consultation', {
      participants: ['张教授（南京理工大学）', '陈高工（江苏省产品质量监督检验研究院）'],
      opinion: '温控器选型额定电流偏小，长时间工作触点易粘连，属设计原因。',
      conclusion: '可能存在缺陷，建议通知生产者开展调查分析。',
      fileIds: [minutes],
    });
    expect(r.status).toBe(200);
    d = ZTechnicalRequestDetail.parse(r.body);
    expect(d.status).toBe('answered');
    expect(d.answer).toMatchObject({
      answeredBy: '李工（江苏省缺陷产品召回技术中心）',
      consultation: { conclusion: '可能存在缺陷，建议通知生产者开展调查分析。' },
      report: null,
    });
    expect(d.answer!.files).toHaveLength(1);
    r = await answer(centre, requestId, 'consultation', {
      participants: ['张教授'],
      opinion: '再答一次',
      conclusion: '再答一次',
    });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toBe('这项请求已经答复，不能重复提交');

    // The asker sees the request and the answer on the clue's timeline; the reporter does not.
    const clue = ZClueView.parse((await t.http().get(`/api/clues/${clueId}`).set(bearer(suzhou))).body);
    const tech = clue.timeline.filter((e) => e.type.startsWith('technical_'));
    expect(tech.map((e) => [e.type, e.bureauName])).toEqual([
      ['technical_requested', '苏州市市场监督管理局'],
      ['technical_answered', '江苏省缺陷产品召回技术中心'],
    ]);
    expect(tech[1].note).toBe('会商结论：可能存在缺陷，建议通知生产者开展调查分析。');
    const alice = (await t.http().post('/api/auth/dev').send({ deviceId: 'tech-alice' })).body.token as string;
    const own = ZClueView.parse((await t.http().get(`/api/clues/${clueId}`).set(bearer(alice))).body);
    expect(own.timeline.some((e) => e.type.startsWith('technical_'))).toBe(false);

    // The bureau lists the requests on its clue.
    const onClue = ZTechnicalRequestList.parse((await list(suzhou, `?clueId=${clueId}`)).body);
    expect(onClue.items.map((i) => i.status)).toEqual(['answered']);
    expect((await list(wuxi, `?clueId=${clueId}`)).status).toBe(404);

    // Audited: asked and answered.
    expect((await auditRows(requestId)).map((a) => [a.action, a.fromState, a.toState])).toEqual([
      ['technical.requested', null, 'pending'],
      ['technical.answered', 'pending', 'answered'],
    ]);
  });

  it('tells the institution’s accounts of a request (in-app and by the outbox) and the asking bureau of the answer', async () => {
    const db = (await t.app.getApplicationContext().getAsync(AuthService)).db;
    // The centre's account is bound to WeChat, so its message also waits in the outbox to be sent.
    await db.getRepository(User).update({ role: 'technical', orgCode: 'T320000' }, { openid: 'o-technical-centre' });
    const messages = async (token: string, kind: string) =>
      ZMessageList.parse((await t.http().get('/api/messages?pageSize=100').set(bearer(token))).body).items.filter(
        (m) => m.kind === kind,
      );
    const bob = (await t.http().post('/api/auth/dev').send({ deviceId: 'tech-bob' })).body.token as string;
    const plugClue = await report(bob, { productName: '取暖器', description: '插头发热变形。' });
    const r = await ask(suzhou, {
      kind: 'consultation',
      clueId: plugClue,
      question: '插头发热变形是否与插头材料有关？',
      materialIds: [],
      dueOn: '2099-02-01',
    });
    expect(r.status).toBe(201);
    const id = ZTechnicalRequestDetail.parse(r.body).id;
    const asked = (await messages(centre, 'technical_requested')).filter((m) => m.link?.endsWith(`?id=${id}`));
    expect(asked).toEqual([
      expect.objectContaining({
        kindLabel: '请求技术会商或风险评估',
        title: '苏州市市场监督管理局请求技术会商：取暖器',
        body: '插头发热变形是否与插头材料有关？（请于2099-02-01前答复）',
        link: `/packages/bureau/pages/technical-request/index?id=${id}`,
      }),
    ]);
    const centreId = (await db.getRepository(User).findOneByOrFail({ role: 'technical', orgCode: 'T320000' })).id;
    const queued = await db
      .getRepository(Outbox)
      .findBy({ userId: centreId, dedupeKey: `technical:${id}:asked:${centreId}` });
    expect(queued).toEqual([
      expect.objectContaining({
        templateKey: 'case_notice',
        page: `packages/bureau/pages/technical-request/index?id=${id}`,
      }),
    ]);
    // Other bureaus and the province are not told of Suzhou's request.
    expect(await messages(wuxi, 'technical_requested')).toEqual([]);
    expect(await messages(suzhou, 'technical_answered')).toHaveLength(1);

    const done = await answer(centre, id, 'consultation', {
      participants: ['张教授（南京理工大学）'],
      opinion: '插头材料阻燃等级不足。',
      conclusion: '建议抽样检测插头材料。',
    });
    expect(done.status).toBe(200);
    const told = await messages(suzhou, 'technical_answered');
    expect(told[0]).toMatchObject({
      kindLabel: '技术机构已答复',
      title: '江苏省缺陷产品召回技术中心提交了技术会商记录：取暖器',
      body: '建议抽样检测插头材料。',
      link: `/packages/bureau/pages/clue/index?id=${plugClue}`,
    });
    expect(told).toHaveLength(2);
    expect(await messages(wuxi, 'technical_answered')).toEqual([]);
    expect(await messages(province, 'technical_answered')).toEqual([]);
    // A refused second answer tells nobody again.
    expect(
      (await answer(centre, id, 'consultation', { participants: ['x'], opinion: 'x', conclusion: 'x' })).status,
    ).toBe(409);
    expect(await messages(suzhou, 'technical_answered')).toHaveLength(2);
  });

  it('the institution cannot read a clue or case it was not asked about', async () => {
    expect((await t.http().get(`/api/clues/${unrelatedClue}`).set(bearer(centre))).status).toBe(404);
    expect((await t.http().get('/api/bureau/clues').set(bearer(centre))).status).toBe(403);
    expect((await t.http().get('/api/cases').set(bearer(centre))).status).toBe(403);
    expect((await list(centre, `?clueId=${unrelatedClue}`)).body.items).toEqual([]);
    // Another institution's request (or one that does not exist) is not found.
    expect((await view(centre, 999999)).status).toBe(404);
  });

  it('a clue no longer open refuses a request clearly', async () => {
    const alice = (await t.http().post('/api/auth/dev').send({ deviceId: 'tech-alice' })).body.token as string;
    const rejected = await report(alice, { productName: '暖手宝', description: '不热。' });
    const rej = await t
      .http()
      .post(`/api/bureau/clues/${rejected}/reject`)
      .set(bearer(suzhou))
      .send({ reason: '不属于产品缺陷' });
    expect(rej.status).toBe(200);
    const r = await ask(suzhou, {
      kind: 'consultation',
      clueId: rejected,
      question: '是否存在缺陷？',
      dueOn: '2099-01-10',
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('SUBJECT_CLOSED');
    expect(r.body.error.message).toMatch(/已不予受理，不能再请求技术会商/);
  });
});

describe('风险评估 on a case, cited by the determination of the defect', () => {
  it('asks → report → the recall notice cites it; the case view shows the basis', async () => {
    await setToday(t, '2026-03-02');
    const c = await openCase();
    const unrelated = await openCase();
    let r = await api.act(suzhou, c.id, 'start_defect_investigation', {
      forms: forms(['defect_investigation_notice']),
    });
    expect(r.status).toBe(200);

    r = await ask(suzhou, {
      kind: 'risk_assessment',
      caseId: c.id,
      question: '请对调查结果开展风险评估。',
      dueOn: '2026-03-10',
    });
    expect(r.status).toBe(201);
    const req = ZTechnicalRequestDetail.parse(r.body);
    expect(req.subject.label).toMatch(/^案件 案-320500-\d{5}$/);

    // The institution reads the case it is asked about, not another one.
    r = await view(centre, req.id);
    expect(r.status).toBe(200);
    expect(ZTechnicalRequestDetail.parse(r.body).case).toMatchObject({
      id: c.id,
      productName: '暖阳牌电暖器',
      summary: '温控器触点粘连，持续加热导致外壳过热。',
    });
    expect((await t.http().get(`/api/cases/${c.id}`).set(bearer(centre))).status).toBe(403);
    expect((await t.http().get(`/api/cases/${unrelated.id}`).set(bearer(centre))).status).toBe(403);
    expect((await list(centre, `?caseId=${unrelated.id}`)).body.items).toEqual([]);
    // Another bureau cannot see the case's requests; the province can.
    expect((await view(wuxi, req.id)).status).toBe(404);
    expect((await view(province, req.id)).status).toBe(200);
    expect((await list(producer)).status).toBe(403);

    // Citing a report not yet filed is refused, naming the field.
    r = await api.act(suzhou, c.id, 'issue_recall_notice', { forms: forms(['recall_notice']), riskReportId: req.id });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('riskReportId');

    await setToday(t, '2026-03-05');
    r = await answer(centre, req.id, 'assessment', {
      hazard: '外壳温度超过 GB 4706.23 限值，可能烫伤使用者并引燃周边可燃物。',
      riskLevel: 'high',
      scope: '2025 年 9 月生产的 NY-2000 型，约 1 万台，全国销售。',
      basis: 'GB 4706.1、GB 4706.23；检测报告 JS2026-0301；消费者伤害信息 3 起。',
      conclusion: '高风险，建议认定存在缺陷并实施召回。',
      fileIds: [],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('fileIds');
    r = await answer(centre, req.id, 'assessment', {
      hazard: '外壳温度超过 GB 4706.23 限值，可能烫伤使用者并引燃周边可燃物。',
      riskLevel: 'high',
      scope: '2025 年 9 月生产的 NY-2000 型，约 1 万台，全国销售。',
      basis: 'GB 4706.1、GB 4706.23；检测报告 JS2026-0301；消费者伤害信息 3 起。',
      conclusion: '高风险，建议认定存在缺陷并实施召回。',
      fileIds: [await upload(centre)],
    });
    expect(r.status).toBe(200);
    expect(ZTechnicalRequestDetail.parse(r.body).answer).toMatchObject({
      answeredOn: '2026-03-05',
      report: { riskLevel: 'high', riskLevelLabel: '高风险' },
    });

    // A report of another case, or at a step that determines nothing, is not cited.
    r = await api.act(suzhou, unrelated.id, 'start_defect_investigation', {
      forms: forms(['defect_investigation_notice']),
    });
    r = await api.act(suzhou, unrelated.id, 'issue_recall_notice', {
      forms: forms(['recall_notice']),
      riskReportId: req.id,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('riskReportId');

    r = await api.act(suzhou, c.id, 'issue_recall_notice', {
      forms: forms(['recall_notice']),
      defectClass: 'electrical',
      riskReportId: req.id,
    });
    expect(r.status).toBe(200);
    const v = ZCaseView.parse(r.body);
    expect(v.state).toBe('recall_notified');
    expect(v.determinationBasis).toBe('依据：江苏省缺陷产品召回技术中心 风险评估报告（2026年3月5日）');
    // The bureau's timeline shows the request and the report between the steps.
    expect(v.timeline.map((e) => e.label)).toEqual([
      '立案',
      '启动缺陷调查',
      '请求风险评估',
      '技术机构提交风险评估报告',
      '认定存在缺陷，发出召回通知',
    ]);
    // The producer's view has the basis (the notice states it), not the exchange with the institution.
    const pv = ZCaseView.parse((await api.view(producer, c.id)).body);
    expect(pv.determinationBasis).toBe(v.determinationBasis);
    expect(pv.timeline.some((e) => e.action.startsWith('technical.'))).toBe(false);

    // 附件4 states the basis of the determination.
    const notice = v.documents.find((d) => d.type === 'recall_notice')!;
    const docx = await t.http().get(notice.downloadUrl).responseType('blob');
    expect(docx.status).toBe(200);
    expect(await docxText(docx.body)).toContain(
      '经调查核实，并依据江苏省缺陷产品召回技术中心风险评估报告（2026年3月5日），确定你公司生产的上述产品存在缺陷。',
    );

    // The request records the notice that cites it; asked, answered, cited are audited.
    const cited = ZTechnicalRequestDetail.parse((await view(suzhou, req.id)).body);
    expect(cited.citedBy).toMatchObject({ docNo: notice.docNo });
    expect((await auditRows(req.id)).map((a) => a.action)).toEqual([
      'technical.requested',
      'technical.answered',
      'technical.cited',
    ]);
  });

  it('a closed case refuses a request clearly', async () => {
    await setToday(t, '2026-03-02');
    const c = await openCase();
    await api.act(suzhou, c.id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) });
    const closed = await api.act(suzhou, c.id, 'accept_no_defect', { note: '经检测不存在缺陷' });
    expect(closed.status).toBe(200);
    const r = await ask(suzhou, { kind: 'risk_assessment', caseId: c.id, question: '请评估。', dueOn: '2026-03-20' });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'SUBJECT_CLOSED' });
    expect(r.body.error.message).toMatch(/不存在缺陷，已结案，不能再请求风险评估/);
  });
});
