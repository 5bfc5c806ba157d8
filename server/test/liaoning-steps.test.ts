import {
  ZClueCreateResponse,
  ZClueSharing,
  ZClueView,
  ZCommissionList,
  ZCommissionView,
  ZCaseView,
  ZOversightResponse,
  type TCaseView,
} from '@recall/shared';
import { Clue, Message } from '../src/db/entity';
import { ProvinceStepsReminder } from '../src/province-steps/province-steps.reminder';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, PLAN_PATCH, setToday, usccOf } from './support/cases';
import { clueReport } from './support/clues';
import { bearer, staff } from './support/users';

/**
 * Liaoning's own steps, switched on by its profile (辽市监发〔2020〕32号): the province commissions a
 * city or county bureau to verify a clue or supervise a recall and reads the feedback (第五、九、十七条);
 * it shares a clue within 5 working days (第八条); it asks for supplementary materials on the
 * producer's report (第十条); after an upheld finding the producer recalls at once (第十四条).
 * Dates counted by hand from the 2026 official calendar (2026-03-02 is a Monday).
 */
let t: TestApp;
let province: string;
let dalian: string;
let zhongshan: string;
let shenyangCounty: string;
let producer: string;
let reporter: string;
let api: ReturnType<typeof caseApi>;
const PRODUCER = usccOf('210202');
const PRODUCER_NAME = '大连海岸电器有限公司';

beforeAll(async () => {
  t = await startApp({ PROVINCE: 'liaoning' });
  province = await staff(t, { role: 'province', org: '210000', username: 'ln-prov', password: 'ln-pass-123' });
  dalian = await staff(t, { role: 'bureau', org: '210200', username: 'ln-dalian', password: 'ln-pass-123' });
  zhongshan = await staff(t, {
    role: 'county',
    org: '210202',
    username: 'ln-zhongshan',
    password: 'ln-pass-123',
    displayName: '中山区 李科员',
  });
  shenyangCounty = await staff(t, { role: 'county', org: '210102', username: 'ln-heping', password: 'ln-pass-123' });
  producer = await staff(t, {
    role: 'producer',
    org: PRODUCER,
    username: 'ln-producer',
    password: 'ln-pass-123',
    producerName: PRODUCER_NAME,
  });
  reporter = (await t.http().post('/api/auth/dev').send({ deviceId: 'liaoning-steps' })).body.token;
  api = caseApi(t);
}, 120_000);

afterAll(async () => {
  await setToday(t, null);
  await t.close();
});

const db = async () => (await t.app.getApplicationContext().getAsync(ProvinceStepsReminder)).db;

const ok = async (res: { status: number; body: unknown }): Promise<TCaseView> => {
  expect(res).toMatchObject({ status: 200 });
  return ZCaseView.parse(res.body);
};

async function openCase(): Promise<TCaseView> {
  const res = await t.http().post('/api/cases').set(bearer(province)).send({
    producerUscc: PRODUCER,
    producerName: PRODUCER_NAME,
    productName: '海岸牌电暖器',
    categoryCode: '01',
    summary: '温控器失效，外壳过热。',
  });
  expect(res.status).toBe(201);
  return ZCaseView.parse(res.body);
}

async function newClue(): Promise<number> {
  const res = await t
    .http()
    .post('/api/clues')
    .set(bearer(reporter))
    .send(clueReport({ producerUscc: PRODUCER, producerName: PRODUCER_NAME, regionCode: '210202', brand: '海岸' }));
  expect(res.status).toBe(201);
  return ZClueCreateResponse.parse(res.body).id;
}

/** A clue received on `day` (the sharing period counts from receipt). */
async function clueReceivedOn(day: string): Promise<number> {
  const id = await newClue();
  await (await db()).getRepository(Clue).update(id, { createdAt: new Date(`${day}T02:00:00Z`) });
  return id;
}

describe('supplementary materials on the producer’s report pause the case (辽 第十条)', () => {
  it('the province asks, the producer sees it and files; the review resumes', async () => {
    await setToday(t, '2026-03-02');
    const c = await openCase();
    let v = await ok(
      await api.act(province, c.id, 'notify_investigation', {
        forms: forms(['investigation_notice'], { investigation_notice: { reportDueOn: '2026-03-20' } }),
      }),
    );
    const notice = v.documents.find((d) => d.type === 'investigation_notice')!;
    expect((await api.receipt(producer, c.id, notice.id)).status).toBe(200);
    v = await ok(await api.act(producer, c.id, 'submit_report', { forms: forms(['investigation_report']) }));
    expect(v.state).toBe('report_received');

    v = await ok(await api.view(province, c.id));
    expect(v.actions.map((a) => a.action)).toContain('request_supplement');
    // What to supplement must be said.
    const noNote = await api.act(province, c.id, 'request_supplement', {});
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.issues[0].path).toBe('note');

    v = await ok(
      await api.act(province, c.id, 'request_supplement', { note: '请补充提交温控器失效的检测报告及销售记录' }),
    );
    expect(v.state).toBe('supplement_requested');
    expect(v.stateLabel).toBe('已要求补充材料，待生产者提交');
    // 10 working days (the profile's supplementWorkingDays) from Mon 03-02: Mon 03-16, owed by the producer.
    expect(v.deadline).toMatchObject({ kind: 'supplement', dueOn: '2026-03-16', party: 'producer' });
    // The province cannot decide while it waits for the producer.
    expect((await api.act(province, c.id, 'accept_no_defect', { note: '不存在缺陷' })).status).toBe(409);

    const seen = await ok(await api.view(producer, c.id));
    expect(seen.actions.map((a) => a.action).sort()).toEqual(['submit_plan', 'submit_supplement']);
    expect(seen.timeline.at(-1)).toMatchObject({
      label: '要求生产者补充材料',
      note: expect.stringContaining('检测报告'),
    });
    // The supplement starts from the report already filed.
    expect(seen.prefill.investigation_report).toBeDefined();

    await setToday(t, '2026-03-05');
    v = await ok(
      await api.act(producer, c.id, 'submit_supplement', {
        forms: forms(['investigation_report']),
        note: '已补充检测报告',
      }),
    );
    expect(v.state).toBe('report_received');
    expect(v.deadline).toBeNull();
    expect(v.documents.filter((d) => d.type === 'investigation_report')).toHaveLength(2);
    v = await ok(await api.view(province, c.id));
    expect(v.actions.map((a) => a.action).sort()).toEqual([
      'accept_no_defect',
      'request_supplement',
      'start_defect_investigation',
    ]);
  });

  it('a supplement never asked for cannot be filed', async () => {
    await setToday(t, '2026-03-02');
    const c = await openCase();
    const r = await api.act(producer, c.id, 'submit_supplement', { forms: forms(['investigation_report']) });
    expect(r.status).toBe(404); // not yet notified: the producer does not see the case
    const v = await ok(await api.view(province, c.id));
    expect(v.actions.map((a) => a.action)).not.toContain('request_supplement');
  });
});

/** A case of the province at 异议不成立 on `day`, and the plan then accepted (召回实施中) when `accept`. */
async function upheld(day: string): Promise<TCaseView> {
  await setToday(t, day);
  const c = await openCase();
  await api.act(province, c.id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) });
  let v = await ok(await api.act(province, c.id, 'issue_recall_notice', { forms: forms(['recall_notice']) }));
  const notice = v.documents.find((d) => d.type === 'recall_notice')!;
  expect((await api.receipt(producer, c.id, notice.id)).status).toBe(200);
  await ok(await api.act(producer, c.id, 'file_objection', { forms: forms(['objection']) }));
  v = await ok(await api.act(province, c.id, 'reject_objection', { note: '经技术机构复核，缺陷认定成立' }));
  return v;
}

describe('after an upheld finding the producer recalls at once (辽 第十四条)', () => {
  it('the plan is due the day of the decision, not 10 working days later', async () => {
    const v = await upheld('2026-03-02');
    expect(v.state).toBe('objection_rejected');
    expect(v.deadline).toMatchObject({ kind: 'plan', dueOn: '2026-03-02', party: 'producer' });
  });
});

describe('the province commissions a city or county bureau (辽 第五、九、十七条)', () => {
  const list = async (token: string, q = '') => {
    const r = await t.http().get(`/api/commissions${q}`).set(bearer(token));
    expect(r.status).toBe(200);
    return ZCommissionList.parse(r.body);
  };
  const commission = (body: Record<string, unknown>) =>
    t.http().post('/api/commissions').set(bearer(province)).send(body);

  it('a county verifies a clue; the feedback is on the clue for staff, never for the reporter', async () => {
    await setToday(t, '2026-03-02');
    const clueId = await newClue();
    const mine = await list(province);
    expect(mine.enabled).toBe(true);
    expect(mine.defaultDueOn).toBe('2026-03-16');
    expect(mine.targets).toEqual(
      expect.arrayContaining([
        { code: '210200', name: '大连市市场监督管理局', level: 'city' },
        { code: '210202', name: '大连市中山区市场监督管理局', level: 'county' },
      ]),
    );

    // Bad input names the field.
    let r = await commission({ purpose: 'verify_clue', bureauCode: '210202', request: '核实' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('clueId');
    r = await commission({ purpose: 'verify_clue', clueId, bureauCode: '320500', request: '核实' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('bureauCode');
    r = await commission({
      purpose: 'verify_clue',
      clueId,
      bureauCode: '210202',
      request: '核实',
      dueOn: '2026-02-27',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('dueOn');
    // Only the province commissions.
    r = await t
      .http()
      .post('/api/commissions')
      .set(bearer(dalian))
      .send({ purpose: 'verify_clue', clueId, bureauCode: '210202', request: '核实' });
    expect(r.status).toBe(403);

    r = await commission({
      purpose: 'verify_clue',
      clueId,
      bureauCode: '210202',
      request: '请到售出门店购检同型号产品并回访消费者',
    });
    expect(r.status).toBe(201);
    const made = ZCommissionView.parse(r.body);
    expect(made).toMatchObject({
      purposeLabel: '核实缺陷线索',
      bureauName: '大连市中山区市场监督管理局',
      dueOn: '2026-03-16',
      state: 'ok',
      feedback: null,
      subject: { type: 'clue', id: clueId, title: '海岸 电暖器', summary: '使用半小时后外壳发烫冒烟。' },
    });
    // The commissioned county was told, with a link to the commission.
    const told = await (await db()).getRepository(Message).findBy({ dedupeKey: `commission:${made.id}:created` });
    expect(told).toHaveLength(1);
    expect(told[0].link).toBe(`/packages/bureau/pages/commission/index?id=${made.id}`);

    // The county sees it in its workspace; the city bureau and another county do not.
    expect((await list(zhongshan)).items.map((i) => i.id)).toContain(made.id);
    expect((await list(dalian)).items.map((i) => i.id)).not.toContain(made.id);
    expect((await t.http().get(`/api/commissions/${made.id}`).set(bearer(shenyangCounty))).status).toBe(404);
    const foreign = await t
      .http()
      .post(`/api/commissions/${made.id}/feedback`)
      .set(bearer(shenyangCounty))
      .send({ note: '已核实' });
    expect(foreign.status).toBe(404);

    r = await t.http().post(`/api/commissions/${made.id}/feedback`).set(bearer(zhongshan)).send({ note: '' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('note');
    r = await t
      .http()
      .post(`/api/commissions/${made.id}/feedback`)
      .set(bearer(zhongshan))
      .send({ note: '门店库存 30 台，购检 2 台送检；消费者回访属实。' });
    expect(r.status).toBe(200);
    expect(ZCommissionView.parse(r.body)).toMatchObject({
      state: 'done',
      stateLabel: '已办结',
      feedback: { note: '门店库存 30 台，购检 2 台送检；消费者回访属实。', answeredBy: '中山区 李科员' },
    });
    r = await t.http().post(`/api/commissions/${made.id}/feedback`).set(bearer(zhongshan)).send({ note: '再次' });
    expect(r.status).toBe(409);

    // On the clue's timeline for the province; the reporter reads nothing of it.
    const staffView = ZClueView.parse((await t.http().get(`/api/clues/${clueId}`).set(bearer(province))).body);
    const types = staffView.timeline.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['commissioned', 'commission_answered']));
    expect(staffView.timeline.find((e) => e.type === 'commission_answered')).toMatchObject({
      bureauName: '大连市中山区市场监督管理局',
      note: expect.stringContaining('门店库存 30 台'),
    });
    const own = ZClueView.parse((await t.http().get(`/api/clues/${clueId}`).set(bearer(reporter))).body);
    expect(own.timeline.map((e) => e.type)).not.toContain('commissioned');
    expect((await list(province, `?clueId=${clueId}`)).items).toHaveLength(1);
  });

  it('a city supervises a recall; the feedback is on the case; a case not recalling is refused', async () => {
    const v = await upheld('2026-03-02');
    let r = await commission({ purpose: 'supervise_recall', caseId: v.id, bureauCode: '210200', request: '核查' });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain('召回实施后');

    const planForms = forms(['recall_plan', 'recall_statement'], {
      recall_plan: { ...PLAN_PATCH, producerName: PRODUCER_NAME, productName: '海岸牌电暖器', startDate: '2026-03-02' },
    });
    await ok(await api.act(producer, v.id, 'submit_plan', { forms: planForms }));
    const prefill = (await ok(await api.view(province, v.id))).prefill;
    const accepted = await ok(
      await api.act(province, v.id, 'accept_plan', { forms: { press_release: prefill.press_release } }),
    );
    expect(accepted.state).toBe('recalling');

    r = await commission({
      purpose: 'supervise_recall',
      caseId: v.id,
      bureauCode: '210200',
      request: '核实生产者停止销售、通知消费者情况',
      dueOn: '2026-03-04',
    });
    expect(r.status).toBe(201);
    const made = ZCommissionView.parse(r.body);
    expect(made.subject).toMatchObject({ type: 'case', id: v.id, title: `${PRODUCER_NAME}「海岸牌电暖器」` });

    // Past its day: listed under 督办 and a reminder to the city, then to the province, once each.
    await setToday(t, '2026-03-05');
    const reminder = await t.app.getApplicationContext().getAsync(ProvinceStepsReminder);
    await reminder.runOnce('2026-03-05');
    await reminder.runOnce('2026-03-05');
    const keys = (await (await db()).getRepository(Message).find()).map((m) => m.dedupeKey);
    expect(keys.filter((k) => k === `commission:${made.id}:2026-03-04:overdue:bureau`)).toHaveLength(1);
    expect(keys.filter((k) => k === `commission:${made.id}:2026-03-04:overdue:province`)).toHaveLength(1);
    const o = ZOversightResponse.parse((await t.http().get('/api/oversight').set(bearer(province))).body);
    expect(o.waiting).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'case',
          caseId: v.id,
          reason: '委托大连市市场监督管理局督促核查召回实施情况，应于 2026-03-04 前反馈，已逾期',
          link: `/packages/bureau/pages/commission/index?id=${made.id}`,
        }),
      ]),
    );
    expect((await list(province, `?caseId=${v.id}`)).items[0]).toMatchObject({ state: 'overdue' });

    r = await t
      .http()
      .post(`/api/commissions/${made.id}/feedback`)
      .set(bearer(dalian))
      .send({ note: '生产者已停止销售，已在官网和门店张贴召回公告。' });
    expect(r.status).toBe(200);
    const caseView = await ok(await api.view(province, v.id));
    expect(caseView.timeline.map((e) => e.label)).toEqual(
      expect.arrayContaining(['委托督促核查召回实施情况', '受委托单位反馈']),
    );
    // The producer's timeline shows nothing of it.
    const producerView = await ok(await api.view(producer, v.id));
    expect(producerView.timeline.map((e) => e.label)).not.toContain('受委托单位反馈');
  });
});

describe('a clue the province receives is shared within 5 working days (辽 第八条)', () => {
  const sharing = (id: number) => t.http().get(`/api/province/clues/${id}/sharing`).set(bearer(province));
  const share = (id: number, body: Record<string, unknown>) =>
    t.http().post(`/api/province/clues/${id}/sharing`).set(bearer(province)).send(body);

  it('shows the last day, records the sharing, and reminds when it passed', async () => {
    await setToday(t, '2026-03-04');
    const id = await clueReceivedOn('2026-03-02');
    let s = ZClueSharing.parse((await sharing(id)).body);
    // 5 working days from Mon 03-02: Mon 03-09; 2 working days away on 03-05 … due soon.
    expect(s).toMatchObject({
      enabled: true,
      workingDays: 5,
      dueOn: '2026-03-09',
      state: 'ok',
      city: { code: '210200', name: '大连市市场监督管理局' },
      shares: [],
    });
    expect(s.options.map((o) => o.code)).toContain('quality');

    let r = await share(id, { units: ['nobody'] });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('units.0');
    r = await share(id, { units: [] });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('units');
    expect((await t.http().post(`/api/province/clues/${id}/sharing`).set(bearer(dalian)).send({})).status).toBe(403);

    r = await share(id, { units: ['quality', 'enforcement'], withCity: true, note: '请质量处关注同类产品抽查' });
    expect(r.status).toBe(201);
    s = ZClueSharing.parse(r.body);
    expect(s.state).toBe('done');
    expect(s.shares).toEqual([
      expect.objectContaining({
        recipients: ['产品质量安全监督管理处', '执法稽查局', '大连市市场监督管理局'],
        late: false,
      }),
    ]);
    const staffView = ZClueView.parse((await t.http().get(`/api/clues/${id}`).set(bearer(province))).body);
    expect(staffView.timeline.find((e) => e.type === 'shared')).toMatchObject({
      bureauName: '辽宁省市场监督管理局',
      note: '已共享给产品质量安全监督管理处、执法稽查局、大连市市场监督管理局：请质量处关注同类产品抽查',
    });

    // One not shared: overdue after 03-09, in 督办 and reminded once.
    const late = await clueReceivedOn('2026-03-02');
    await setToday(t, '2026-03-10');
    expect(ZClueSharing.parse((await sharing(late)).body).state).toBe('overdue');
    const reminder = await t.app.getApplicationContext().getAsync(ProvinceStepsReminder);
    await reminder.runOnce('2026-03-10');
    await reminder.runOnce('2026-03-10');
    const sent = await (
      await db()
    )
      .getRepository(Message)
      .findBy({ dedupeKey: `clue-share:${late}:2026-03-09:overdue` });
    expect(sent).toHaveLength(1);
    expect(sent[0].title).toBe('已逾期：线索内部共享');
    const o = ZOversightResponse.parse((await t.http().get('/api/oversight').set(bearer(province))).body);
    expect(o.waiting.filter((w) => w.clueId === late).map((w) => w.reason)).toContain(
      '线索应于 2026-03-09 前共享给省局相关处室、单位（5个工作日），已逾期',
    );
    expect(
      o.waiting
        .filter((w) => w.clueId === id)
        .map((w) => w.reason)
        .join(),
    ).not.toContain('共享');
  });
});

describe('a clue one of the province’s units found reaches the recall division within 5 working days (辽 第八条)', () => {
  const enter = (token: string, patch: Record<string, unknown>) =>
    t
      .http()
      .post('/api/bureau/clues')
      .set(bearer(token))
      .send({
        ...clueReport({ producerUscc: PRODUCER, producerName: PRODUCER_NAME, regionCode: '210202', brand: '海岸' }),
        source: 'sampling',
        ...patch,
      });
  const reported = async (id: number) =>
    ZClueSharing.parse((await t.http().get(`/api/province/clues/${id}/sharing`).set(bearer(province))).body).reported;

  it('records the unit and the day it found the clue, and whether it came in time', async () => {
    await setToday(t, '2026-03-09');
    // Found Mon 03-02: due Mon 03-09 (5 working days), received that day — in time.
    let r = await enter(province, { fromUnit: 'quality', unitFoundOn: '2026-03-02' });
    expect(r.status).toBe(201);
    expect(await reported(r.body.id)).toEqual({
      unit: '产品质量安全监督管理处',
      foundOn: '2026-03-02',
      dueOn: '2026-03-09',
      receivedOn: '2026-03-09',
      late: false,
    });
    // Found Fri 02-27: due Thu 03-05 (Sat 02-28 is a 调休 working day of 2026); received 03-09 — late, and the audit says so.
    r = await enter(province, { fromUnit: 'complaints', unitFoundOn: '2026-02-27' });
    expect(r.status).toBe(201);
    expect(await reported(r.body.id)).toMatchObject({ unit: '12315投诉举报处理机构', dueOn: '2026-03-05', late: true });
    const audit = await t
      .http()
      .get('/api/admin/audit')
      .query({ entityType: 'clue_unit_report', entityId: String(r.body.id) })
      .set(bearer(province));
    expect(audit.body.items[0]).toMatchObject({
      action: 'clue_unit_report.recorded',
      detail: { unit: '12315投诉举报处理机构', foundOn: '2026-02-27', dueOn: '2026-03-05', late: true },
    });
    // A clue entered without a unit has no such record.
    r = await enter(province, {});
    expect(await reported(r.body.id)).toBeNull();
  });

  it('refuses an unknown unit, a day to come, half the pair, and a city bureau (its units are its own)', async () => {
    await setToday(t, '2026-03-09');
    for (const [token, patch, path] of [
      [province, { fromUnit: 'nobody', unitFoundOn: '2026-03-02' }, 'fromUnit'],
      [province, { fromUnit: 'quality', unitFoundOn: '2026-03-10' }, 'unitFoundOn'],
      [province, { fromUnit: 'quality' }, 'unitFoundOn'],
      [province, { unitFoundOn: '2026-03-02' }, 'fromUnit'],
      [dalian, { fromUnit: 'quality', unitFoundOn: '2026-03-02' }, 'fromUnit'],
    ] as const) {
      const r = await enter(token, patch);
      expect(r.status).toBe(400);
      expect(r.body.error.issues[0].path).toBe(path);
    }
  });
});
