import { ZCalendarListResponse, ZCaseView } from '@recall/shared';
import { Like } from 'typeorm';
import { DeadlineReminder } from '../src/cases/deadline.reminder';
import { AuditLog, CalendarYear, Message } from '../src/db/entity';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, setToday, usccOf } from './support/cases';
import { bearer, staff, suzhouBureau, nuanyangProducer } from './support/users';

/**
 * The working-day calendar as data. The shipped calendar stops at 2026, so a deadline that runs
 * into 2027 is provisional (weekends only) until someone enters 2027: shown as such, never held
 * against the producer, and counted again the moment the year is entered.
 *
 * TEST DATA: the "2027 schedule" entered below (2027-01-01 off, nothing else) is made up for this
 * test database. It is not the State Council's 2027 arrangement, which is not published yet.
 */
const FICTIONAL_2027 = { year: 2027, holidays: ['2027-01-01'], workdays: [] as string[] };

let t: TestApp;
let suzhou: string;
let province: string;
let admin: string;
let producer: string;
let api: ReturnType<typeof caseApi>;
const PRODUCER = usccOf('320505');

const openCase = async () => {
  const res = await t.http().post('/api/cases').set(bearer(suzhou)).send({
    producerUscc: PRODUCER,
    producerName: '苏州暖阳电器有限公司',
    productName: '暖阳牌电暖器',
    categoryCode: '01',
    summary: '温控器触点粘连，持续加热导致外壳过热。',
  });
  expect(res.status).toBe(201);
  return ZCaseView.parse(res.body);
};

/** A case at 已发召回通知 whose notice the producer received on `receivedOn`. */
async function recallNoticeReceived(receivedOn: string) {
  await setToday(t, receivedOn);
  const c = await openCase();
  await api.act(suzhou, c.id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) });
  const r = await api.act(suzhou, c.id, 'issue_recall_notice', { forms: forms(['recall_notice']) });
  const notice = ZCaseView.parse(r.body).documents.find((d) => d.type === 'recall_notice')!;
  const rec = await api.receipt(producer, c.id, notice.id);
  expect(rec.status).toBe(200);
  return ZCaseView.parse(rec.body);
}

const enter = (token: string, body: unknown) =>
  t
    .http()
    .post('/api/admin/calendar')
    .set(bearer(token))
    .send(body as object);
const db = async () => (await t.app.getApplicationContext().getAsync(DeadlineReminder)).db;

beforeAll(async () => {
  t = await startApp();
  suzhou = await suzhouBureau(t);
  province = await staff(t, {
    role: 'province',
    org: '320000',
    username: 'js',
    password: 'js-pass-12',
    displayName: '李处长',
  });
  admin = await staff(t, { role: 'admin', org: '320000', username: 'root', password: 'root-pass-1' });
  producer = await nuanyangProducer(t, PRODUCER);
  api = caseApi(t);
}, 120_000);

afterAll(async () => {
  await setToday(t, null);
  await t.close();
});

describe('a deadline in a year not entered yet, then the year entered through the API', () => {
  let objecting: number;
  let silent: number;
  let notifying: number;

  it('is provisional: counted on weekends only, and shown as such', async () => {
    const a = await recallNoticeReceived('2026-12-24');
    const b = await recallNoticeReceived('2026-12-24');
    [objecting, silent] = [a.id, b.id];
    // 12-25, 28–31, then 2027 on weekends only: 01-01 (6), 04–07 (7–10).
    expect(b.deadline).toMatchObject({ kind: 'plan_or_objection', dueOn: '2027-01-07', provisional: true });
    // 立案 on 12-30: 12-31, 01-01, 01-04 on weekends only.
    await setToday(t, '2026-12-30');
    const c = await openCase();
    notifying = c.id;
    expect(c.deadline).toMatchObject({ kind: 'notify_producer', dueOn: '2027-01-04', provisional: true });
  });

  it('is never enforced: an objection the day after the weekends-only date is not refused as late', async () => {
    await setToday(t, '2027-01-08');
    const view = ZCaseView.parse((await api.view(producer, objecting)).body);
    expect(view.deadline).toMatchObject({ dueOn: '2027-01-07', provisional: true });
    expect(view.deadline!.status).not.toBe('overdue');
    expect(view.actions.find((x) => x.action === 'file_objection')?.blockedReason).toBeNull();
    const r = await api.act(producer, objecting, 'file_objection', { forms: forms(['objection']) });
    expect(r.status).toBe(200);
    const v = ZCaseView.parse(r.body);
    expect(v.state).toBe('objection_filed');
    expect(v.timeline.at(-1)).toMatchObject({ action: 'file_objection', late: false });
  });

  it('opens no escalation, lists nothing as overdue and sends no overdue reminder on it', async () => {
    const r = await api.act(suzhou, silent, 'escalate', { note: '逾期既未报告计划又未提出异议' });
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain('暂定 2027-01-07');
    const view = ZCaseView.parse((await api.view(suzhou, silent)).body);
    expect(view.state).toBe('recall_notified');
    expect(view.actions.find((x) => x.action === 'escalate')?.blockedReason).toContain('录入后才能确定是否届满');
    const list = await t.http().get('/api/cases?due=overdue').set(bearer(suzhou));
    expect(list.body.items.map((i: { id: number }) => i.id)).not.toContain(silent);
    expect(list.body.counts.overdue).toBe(0);

    const reminder = await t.app.getApplicationContext().getAsync(DeadlineReminder);
    const run = await reminder.runOnce('2027-01-08');
    expect(run.cases).toBeGreaterThan(0);
    const overdue = await (
      await db()
    )
      .getRepository(Message)
      .find({ where: { kind: 'deadline_overdue', dedupeKey: Like(`case:${silent}:%`) } });
    expect(overdue).toEqual([]);
  });

  it('refuses the entry to anyone but province and admin staff', async () => {
    const consumer = (await t.http().post('/api/auth/dev').send({ deviceId: 'calendar-consumer' })).body.token;
    for (const token of [suzhou, producer, consumer]) {
      expect((await enter(token, FICTIONAL_2027)).status).toBe(403);
      expect((await t.http().get('/api/admin/calendar').set(bearer(token))).status).toBe(403);
    }
    expect((await t.http().post('/api/admin/calendar').send(FICTIONAL_2027)).status).toBe(401);
    expect(await (await db()).getRepository(CalendarYear).count()).toBe(0);
  });

  it.each([
    [{ ...FICTIONAL_2027, workdays: ['2027-01-04'] }, 'workdays.0', '调休上班日 2027-01-04 不是周六或周日'],
    [{ ...FICTIONAL_2027, holidays: ['2027-01-01', '2028-01-03'] }, 'holidays.1', '节假日 2028-01-03 不在 2027 年内'],
    [{ ...FICTIONAL_2027, holidays: ['2027-13-01'] }, 'holidays.0', '节假日“2027-13-01”不是有效日期'],
    [
      { ...FICTIONAL_2027, holidays: ['2027-01-02'], workdays: ['2027-01-02'] },
      'workdays.0',
      '不能既是节假日又是调休上班日',
    ],
    [{ ...FICTIONAL_2027, holidays: [] }, 'holidays', '请填写该年的法定节假日'],
    [{ holidays: ['2027-01-01'], workdays: [] }, 'year', '年份应为数字'],
    [{ year: 2026, holidays: ['2026-01-01'], workdays: [] }, 'year', '2026 年已由内置日历收录'],
  ])('refuses bad input with 400 naming the field (%#), writing nothing', async (body, path, message) => {
    const r = await enter(province, body);
    expect(r.status).toBe(400);
    const issue = r.body.error.issues.find((i: { path: string }) => i.path === path);
    expect(issue?.message).toContain(message);
    expect(await (await db()).getRepository(CalendarYear).count()).toBe(0);
  });

  it('counts every open deadline again once the year is entered, and audits it', async () => {
    const r = await enter(province, FICTIONAL_2027);
    expect(r.status).toBe(200);
    expect(r.body.year).toMatchObject({ year: 2027, source: 'entered', holidays: ['2027-01-01'], enteredBy: '李处长' });
    expect(r.body.recomputedCases.sort()).toEqual([silent, notifying].sort());

    // 2026-12-24 + 10 working days with 01-01 off: 12-25, 28–31, 01-04–08.
    const b = ZCaseView.parse((await api.view(suzhou, silent)).body);
    expect(b.deadline).toMatchObject({
      dueOn: '2027-01-08',
      provisional: false,
      status: 'due_soon',
      workingDaysLeft: 0,
    });
    const c = ZCaseView.parse((await api.view(suzhou, notifying)).body);
    expect(c.deadline).toMatchObject({ dueOn: '2027-01-05', provisional: false });

    const repo = (await db()).getRepository(AuditLog);
    const recount = await repo.findOneByOrFail({ action: 'case.deadline_recomputed', entityId: String(silent) });
    expect(recount.detail).toEqual({
      kind: 'plan_or_objection',
      fromDueOn: '2027-01-07',
      toDueOn: '2027-01-08',
      provisional: false,
      calendarYear: 2027,
    });
    const entry = await repo.findOneByOrFail({ action: 'calendar.year_entered', entityId: '2027' });
    expect(entry).toMatchObject({ entityType: 'calendar' });
    expect(entry.detail).toMatchObject({ holidays: ['2027-01-01'], replaced: false });
    // The recount is not a step of the case: its timeline is unchanged.
    expect(b.timeline.map((e) => e.action)).not.toContain('deadline_recomputed');

    // The real deadline is enforced: still open on 01-08, passed on 01-11.
    expect((await api.act(suzhou, silent, 'escalate', { note: '逾期' })).body.error.message).toContain('尚未届满');
    await setToday(t, '2027-01-11');
    expect((await api.act(suzhou, silent, 'escalate', { note: '逾期既未报告计划又未提出异议' })).status).toBe(200);
  });

  it('lists the covered years: the shipped ones and the entered one', async () => {
    const r = await t.http().get('/api/admin/calendar').set(bearer(admin));
    expect(r.status).toBe(200);
    const years = ZCalendarListResponse.parse(r.body).years;
    expect(years.find((y) => y.year === 2026)).toMatchObject({ source: 'builtin', enteredBy: null });
    expect(years.find((y) => y.year === 2026)!.holidays).toContain('2026-10-01');
    expect(years.at(-1)).toMatchObject({ year: 2027, source: 'entered', enteredBy: '李处长' });
  });

  it('a correction of the year is taken too, and recounts again', async () => {
    await setToday(t, '2026-12-30');
    const c = await openCase();
    expect(c.deadline).toMatchObject({ dueOn: '2027-01-05', provisional: false });
    const r = await enter(admin, { ...FICTIONAL_2027, holidays: ['2027-01-01', '2027-01-04'] });
    expect(r.status).toBe(200);
    expect(r.body.recomputedCases).toContain(c.id);
    const v = ZCaseView.parse((await api.view(suzhou, c.id)).body);
    expect(v.deadline).toMatchObject({ dueOn: '2027-01-06', provisional: false });
    const entries = await (await db()).getRepository(AuditLog).findBy({ action: 'calendar.year_entered' });
    expect(entries.map((e) => (e.detail as { replaced: boolean }).replaced)).toEqual([false, true]);
  });
});
