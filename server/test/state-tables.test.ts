import type { Application } from '@midwayjs/koa';
import { ZCaseView, ZClueCreateResponse, ZClueView, ZRecallRequestView } from '@recall/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CaseService } from '../src/cases/case.service';
import { CaseStepsAudited1764700000000 } from '../src/db/migration/1764700000000-case-steps-audited';
import { RequestStepsAudited1764710000000 } from '../src/db/migration/1764710000000-request-steps-audited';
import { ClueStepsAudited1764720000000 } from '../src/db/migration/1764720000000-clue-steps-audited';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, setToday, usccOf } from './support/cases';
import { clueReport } from './support/clues';
import { bearer, staff, suzhouBureau, nuanyangProducer } from './support/users';

/** The state tables on the server: 立案 from a clue as the clue table allows it; a step recorded once. */
let t: TestApp;
let suzhou: string;
let province: string;
let producer: string;
let reporter: string;
const PRODUCER = usccOf('320505');

const newClue = async (patch: Record<string, unknown> = {}) => {
  const res = await t
    .http()
    .post('/api/clues')
    .set(bearer(reporter))
    .send(clueReport({ producerUscc: PRODUCER, ...patch }));
  expect(res.status).toBe(201);
  return ZClueCreateResponse.parse(res.body);
};

const openFrom = (token: string, clueId?: number) =>
  t.http().post('/api/cases').set(bearer(token)).send({
    clueId,
    producerUscc: PRODUCER,
    producerName: '苏州暖阳电器有限公司',
    productName: '电暖器',
    categoryCode: '01',
    summary: '外壳过热',
  });

/** Runs a migration down, lets `old` look at (and reshape) the tables as they were, then runs it up again. */
async function downAndUp(migration: MigrationInterface, old: (q: QueryRunner) => Promise<void>): Promise<void> {
  const { db } = await (t.app as Application).getApplicationContext().getAsync(CaseService);
  const q = db.createQueryRunner();
  try {
    await migration.down(q);
    await old(q);
    await migration.up(q);
  } finally {
    await q.release();
  }
}

/** Takes `key` off the detail of the audit rows `where` selects, as rows written before it existed. */
async function takeOffDetail(q: QueryRunner, where: string, key: string): Promise<void> {
  for (const r of (await q.query(`SELECT id, detail FROM audit_log WHERE ${where}`)) as Array<{
    id: number;
    detail: string;
  }>) {
    const { [key]: _gone, ...old } = JSON.parse(r.detail);
    await q.query('UPDATE audit_log SET detail = ? WHERE id = ?', [JSON.stringify(old), r.id]);
  }
}

beforeAll(async () => {
  t = await startApp();
  suzhou = await suzhouBureau(t);
  province = await staff(t, { role: 'province', org: '320000', username: 'js', password: 'js-pass-12' });
  producer = await nuanyangProducer(t, PRODUCER);
  reporter = (await t.http().post('/api/auth/dev').send({ deviceId: 'state-tables' })).body.token;
}, 120_000);

afterAll(async () => {
  await setToday(t, null);
  await t.close();
});

describe('立案 from a clue follows the clue table (open_case)', () => {
  it('the handling bureau opens a case from an open clue', async () => {
    const clue = await newClue();
    const res = await openFrom(suzhou, clue.id);
    expect(res.status).toBe(201);
  });

  it('a bureau the clue was only copied to is refused, as the app never offers it', async () => {
    const clue = await newClue({ fire: true });
    expect(clue.routing.copiedTo).toContain('320000');
    const res = await openFrom(province, clue.id);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('这条线索只是抄送给本局，由承办局处理');
  });

  it('a closed clue (不予受理) is refused', async () => {
    const clue = await newClue();
    const rejected = await t
      .http()
      .post(`/api/bureau/clues/${clue.id}/reject`)
      .set(bearer(suzhou))
      .send({ reason: '不属于缺陷' });
    expect(rejected.status).toBe(200);
    const res = await openFrom(suzhou, clue.id);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('INVALID_STATE');
  });
});

describe('a case step is recorded once, as its audit event', () => {
  it('the timeline survives the move from case_event to the audit trail', async () => {
    const api = caseApi(t);
    await setToday(t, '2026-03-02');
    const opened = await openFrom(suzhou);
    const id = ZCaseView.parse(opened.body).id;
    const notified = await api.act(suzhou, id, 'notify_investigation', { forms: forms(['investigation_notice']) });
    const notice = ZCaseView.parse(notified.body).documents[0];
    expect((await api.receipt(producer, id, notice.id)).status).toBe(200);
    const before = ZCaseView.parse((await api.view(suzhou, id)).body).timeline;
    expect(before.map((e) => [e.action, e.actorRole])).toEqual([
      ['open', 'bureau'],
      ['notify_investigation', 'bureau'],
      ['confirm_receipt', 'producer'],
    ]);

    // Back to the old shape: case_event rebuilt from the audit rows, the role taken off them.
    await downAndUp(new CaseStepsAudited1764700000000(), async (q) => {
      const events = await q.query('SELECT action, actorRole FROM case_event WHERE caseId = ? ORDER BY id', [id]);
      expect(events.map((e: { action: string; actorRole: string }) => [e.action, e.actorRole])).toEqual([
        ['open', 'bureau'],
        ['notify_investigation', 'bureau'],
        ['confirm_receipt', 'producer'],
      ]);
      await takeOffDetail(q, "entityType = 'case'", 'actorRole');
    });
    expect(ZCaseView.parse((await api.view(suzhou, id)).body).timeline).toEqual(before);
  });
});

describe('a remedy request step is recorded once, as its audit event', () => {
  it('the request timeline survives the move from recall_request_event to the audit trail', async () => {
    const importer = await (t.app as Application).getApplicationContext().getAsync(RecallImportService);
    const line = {
      recallNo: 'ST2026-0001',
      title: '暖阳牌电暖器召回',
      producerName: '苏州暖阳电器有限公司',
      producerUscc: PRODUCER,
      productName: '暖阳牌电暖器',
      models: ['NY-2000'],
      gtins: [],
      batches: [],
      quantity: 10,
      categoryCode: '01',
      defect: '温控器失灵',
      consequence: '过热',
      remedy: '更换',
      startDate: '2026-03-01',
      status: 'ongoing',
    };
    expect(await importer.importText(JSON.stringify(line), { actorId: null })).toMatchObject({ imported: 1 });
    const recall = (await t.http().get('/api/recalls?q=ST2026-0001')).body.items[0];
    const created = await t
      .http()
      .post(`/api/recalls/${recall.id}/requests`)
      .set(bearer(reporter))
      .send({
        quantity: 1,
        preferredRemedy: 'replace',
        contact: { name: '张三', phone: '13812345678', address: '苏州市虎丘区竹园路 209 号' },
        note: '在客厅使用',
      });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    const step = (name: string, body: object) =>
      t.http().post(`/api/producer/requests/${id}/${name}`).set(bearer(producer)).send(body);
    expect((await step('accept', { note: '已电话联系' })).status).toBe(200);
    expect((await step('schedule', { scheduledOn: '2026-03-20', note: '上门更换' })).status).toBe(200);
    const view = async () =>
      ZRecallRequestView.parse((await t.http().get(`/api/recall-requests/${id}`).set(bearer(reporter))).body).events;
    const before = await view();
    expect(before.map((e) => [e.status, e.note])).toEqual([
      ['submitted', '在客厅使用'],
      ['accepted', '已电话联系'],
      ['scheduled', '上门更换'],
    ]);

    await downAndUp(new RequestStepsAudited1764710000000(), async (q) => {
      const rows = await q.query('SELECT status, note FROM recall_request_event WHERE requestId = ? ORDER BY id', [id]);
      expect(rows.map((r: { status: string; note: string | null }) => [r.status, r.note])).toEqual(
        before.map((e) => [e.status, e.note]),
      );
    });
    expect(await view()).toEqual(before);
  });
});

describe('a clue step is recorded once, as its audit event', () => {
  it('the reporter’s timeline survives the move from clue_event to the audit trail', async () => {
    const clue = await newClue({ fire: true });
    const act = (name: string, body: object) =>
      t.http().post(`/api/bureau/clues/${clue.id}/${name}`).set(bearer(suzhou)).send(body);
    expect((await act('accept', {})).status).toBe(200);
    expect((await openFrom(suzhou, clue.id)).status).toBe(201);
    expect((await act('transfer', { toBureauCode: '320200', reason: '生产者在无锡' })).status).toBe(200);
    const view = async () =>
      ZClueView.parse((await t.http().get(`/api/clues/${clue.id}`).set(bearer(reporter))).body).timeline;
    const before = await view();
    expect(before.map((e) => [e.type, e.bureauName])).toEqual([
      ['received', null],
      ['routed', '苏州市市场监督管理局'],
      ['copied', '江苏省市场监督管理局'],
      ['accepted', '苏州市市场监督管理局'],
      ['case_opened', '苏州市市场监督管理局'],
      ['transferred', '苏州市市场监督管理局'],
    ]);
    expect(before.map((e) => e.note)).toEqual([
      '报告已提交',
      '', // the routing reason is shown with the handling bureau, not repeated in the timeline
      '已同时告知江苏省市场监督管理局',
      '已受理，正在核实',
      '监管部门已立案，将依法通知生产者开展调查分析',
      '苏州市市场监督管理局移送至无锡市市场监督管理局：生产者在无锡',
    ]);

    // Back to the old shape: clue_event rebuilt from the audit trail, the acting bureau taken off the steps.
    await downAndUp(new ClueStepsAudited1764720000000(), async (q) => {
      const rows = await q.query('SELECT type, note FROM clue_event WHERE clueId = ? ORDER BY id', [clue.id]);
      // The old table kept the routing reason on the 已分派 step.
      const reason = (await q.query('SELECT routingReason FROM clue WHERE id = ?', [clue.id]))[0].routingReason;
      expect(reason).toContain('按属地管理');
      expect(rows.map((r: { type: string; note: string }) => [r.type, r.note])).toEqual(
        before.map((e) => [e.type, e.type === 'routed' ? reason : e.note]),
      );
      await takeOffDetail(q, "entityType = 'clue' AND action <> 'clue.created'", 'by');
    });
    expect(await view()).toEqual(before);
  });
});
