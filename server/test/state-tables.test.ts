import type { Application } from '@midwayjs/koa';
import { ZCaseView, ZClueCreateResponse } from '@recall/shared';
import { CaseService } from '../src/cases/case.service';
import { CaseStepsAudited1764700000000 } from '../src/db/migration/1764700000000-case-steps-audited';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, setToday, usccOf } from './support/cases';
import { bearer, staff } from './support/users';

/** The state tables on the server: 立案 from a clue as the clue table allows it; a case step recorded once. */
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
    .send({
      categoryCode: '01',
      productName: '电暖器',
      brand: '暖阳',
      model: 'NY-2000',
      producerName: '苏州暖阳电器有限公司',
      producerUscc: PRODUCER,
      description: '使用半小时后外壳发烫冒烟。',
      injury: 'none',
      regionCode: '320505',
      contact: { name: '张三', phone: '13812345678', address: '苏州市虎丘区竹园路 209 号' },
      photoIds: [],
      ...patch,
    });
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

beforeAll(async () => {
  t = await startApp();
  suzhou = await staff(t, { role: 'bureau', org: '320500', username: 'suzhou', password: 'suzhou-pass-1' });
  province = await staff(t, { role: 'province', org: '320000', username: 'js', password: 'js-pass-12' });
  producer = await staff(t, {
    role: 'producer',
    org: PRODUCER,
    username: 'nuanyang',
    password: 'nuanyang-1',
    producerName: '苏州暖阳电器有限公司',
  });
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
    const { db } = await (t.app as Application).getApplicationContext().getAsync(CaseService);
    const q = db.createQueryRunner();
    const migration = new CaseStepsAudited1764700000000();
    try {
      await migration.down(q);
      const events = await q.query('SELECT action, actorRole FROM case_event WHERE caseId = ? ORDER BY id', [id]);
      expect(events.map((e: { action: string; actorRole: string }) => [e.action, e.actorRole])).toEqual([
        ['open', 'bureau'],
        ['notify_investigation', 'bureau'],
        ['confirm_receipt', 'producer'],
      ]);
      const rows = await q.query("SELECT id, detail FROM audit_log WHERE entityType = 'case'");
      for (const r of rows as Array<{ id: number; detail: string }>) {
        const { actorRole: _gone, ...old } = JSON.parse(r.detail);
        await q.query('UPDATE audit_log SET detail = ? WHERE id = ?', [JSON.stringify(old), r.id]);
      }
      await migration.up(q);
    } finally {
      await q.release();
    }
    expect(ZCaseView.parse((await api.view(suzhou, id)).body).timeline).toEqual(before);
  });
});
