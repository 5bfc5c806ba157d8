import {
  ZCaseAssistView,
  ZCaseView,
  ZClueCreateResponse,
  ZClueView,
  ZCountyCaseList,
  ZCountyCaseView,
  ZCountyClueListResponse,
  ZMeResponse,
  ZMessageList,
} from '@recall/shared';
import { UserService } from '../src/accounts/user.service';
import { AuditLog } from '../src/db/entity';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, setToday, usccOf } from './support/cases';
import { clueReport } from './support/clues';
import { phonePhoto } from './support/images';
import { bearer, staff, suzhouBureau, wuzhongCounty } from './support/users';

/**
 * County bureaus (县级市场监管部门, 苏 第六条; 办法 第三条): a county enters clues and sees its
 * county's, delivers the notices addressed to producers of its county and records the 送达回执 the
 * city then sees, and answers the assistance (协查) the city asks of it — and nothing else.
 */
let t: TestApp;
let suzhou: string;
let nanjing: string;
let wuzhong: string;
let xiangcheng: string;
let alice: string;
let producer: string;
let api: ReturnType<typeof caseApi>;
/** 苏州暖阳电器有限公司, registered in 吴中区 (320506). */
const WUZHONG_PRODUCER = usccOf('320506');
const HUQIU_PRODUCER = usccOf('320505', 'MA1XY2W4K');

const staffClue = (patch: object = {}) => ({
  ...clueReport({ regionCode: '320506', productName: '儿童电动牙刷', ...patch }),
  source: 'complaint',
});

const expectRefusal = (res: { status: number; body: { error?: { message?: string } } }, status: number) => {
  expect(res.status).toBe(status);
  expect(res.body.error?.message).toMatch(/[\u4e00-\u9fa5]/);
};

/** A Suzhou case of `uscc` whose recall notice was issued on `issuedOn` and is not yet delivered. */
async function noticeIssued(uscc: string, issuedOn = '2026-03-02') {
  await setToday(t, issuedOn);
  const opened = await t.http().post('/api/cases').set(bearer(suzhou)).send({
    producerUscc: uscc,
    producerName: '苏州暖阳电器有限公司',
    productName: '暖阳牌电暖器',
    categoryCode: '01',
    summary: '温控器触点粘连，持续加热导致外壳过热。',
  });
  expect(opened.status).toBe(201);
  const id = ZCaseView.parse(opened.body).id;
  await api.act(suzhou, id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) });
  const r = await api.act(suzhou, id, 'issue_recall_notice', { forms: forms(['recall_notice']) });
  expect(r.status).toBe(200);
  return { id, notice: ZCaseView.parse(r.body).documents.find((d) => d.type === 'recall_notice')! };
}

const delivery = { deliveryMethod: 'in_person', receivedOn: '2026-03-04', signedBy: '李明' };
const receiptFields = {
  place: '苏州市吴中区越溪街道东方大道 1 号',
  recipientName: '李明',
  recipientTitle: '质量部经理',
  recipientPhone: '0512-66668888',
};

beforeAll(async () => {
  t = await startApp();
  api = caseApi(t);
  suzhou = await suzhouBureau(t, '王科长');
  nanjing = await staff(t, { role: 'bureau', org: '320100', username: 'nj', password: 'nanjing-pass' });
  wuzhong = await wuzhongCounty(t, 'wuzhong', '320506');
  xiangcheng = await wuzhongCounty(t, 'xiangcheng', '320507');
  alice = (await t.http().post('/api/auth/dev').send({ deviceId: 'county-alice' })).body.token;
  producer = await staff(t, {
    role: 'producer',
    org: WUZHONG_PRODUCER,
    username: 'nuanyang',
    password: 'nuanyang-1',
    producerName: '苏州暖阳电器有限公司',
  });
}, 120_000);

afterAll(async () => {
  await setToday(t, null);
  await t.close();
});

describe('county accounts', () => {
  it('are created for a county under a city bureau of the province and named after it', async () => {
    const me = ZMeResponse.parse((await t.http().get('/api/me').set(bearer(wuzhong))).body);
    expect(me).toMatchObject({
      role: 'county',
      roleLabel: '县级市场监管局',
      org: { code: '320506', name: '苏州市吴中区市场监督管理局' },
    });
  });

  it('refuse a code outside the province’s cities, a city and an unknown code, in Chinese naming org', async () => {
    const users = await t.app.getApplicationContext().getAsync(UserService);
    for (const org of ['110101', '320500', '320599', '3205']) {
      const err = await users
        .createStaff({ role: 'county', org, username: `c-${org}`, password: 'county-pass-1' })
        .catch((e) => e);
      expect(err).toMatchObject({ status: 400 });
      expect(err.message).toMatch(/不是江苏省所辖城市.*下的县（市、区）/);
      expect(err.issues[0].path).toBe('org');
    }
    const err = await users
      .createStaff({ role: 'county', org: '110101', username: 'c-bj', password: 'county-pass-1' })
      .catch((e) => e);
    expect(err.message).toContain('北京市东城区（110101）');
  });
});

describe('clues of a county', () => {
  let entered: number;
  let regionClue: number;
  let otherCounty: number;

  it('a county enters a clue: routed by the profile, recorded as entered by the county', async () => {
    const r = await t.http().post('/api/county/clues').set(bearer(wuzhong)).send(staffClue());
    expect(r.status).toBe(201);
    const created = ZClueCreateResponse.parse(r.body);
    expect(created.routing.bureauCode).toBe('320500');
    entered = created.id;
    // The city bureau handles it and reads who entered it.
    const view = ZClueView.parse((await t.http().get(`/api/clues/${entered}`).set(bearer(suzhou))).body);
    expect(view.timeline[0]).toMatchObject({ type: 'received', note: '苏州市吴中区市场监督管理局录入线索' });
    const inbox = await t.http().get('/api/bureau/clues').set(bearer(suzhou));
    expect(inbox.body.items.map((c: { id: number }) => c.id)).toContain(entered);
    const audit = await t.app
      .getApplicationContext()
      .getAsync(UserService)
      .then((u) => u.db.getRepository(AuditLog).findOneByOrFail({ action: 'clue.created', entityId: String(entered) }));
    expect(audit.detail).toMatchObject({ county: '320506' });
  });

  it('sees the clues whose reporter or producer is in its county, and those it entered; never another county’s', async () => {
    regionClue = (
      await t
        .http()
        .post('/api/clues')
        .set(bearer(alice))
        .send(clueReport({ regionCode: '320506', producerUscc: HUQIU_PRODUCER, productName: '电热毯' }))
    ).body.id;
    otherCounty = (
      await t
        .http()
        .post('/api/clues')
        .set(bearer(alice))
        .send(clueReport({ regionCode: '320507', producerUscc: usccOf('320507'), productName: '电饭煲' }))
    ).body.id;
    const byProducer = (
      await t
        .http()
        .post('/api/clues')
        .set(bearer(alice))
        .send(clueReport({ regionCode: '320505', producerUscc: WUZHONG_PRODUCER, productName: '电水壶' }))
    ).body.id;

    const mine = ZCountyClueListResponse.parse((await t.http().get('/api/county/clues').set(bearer(wuzhong))).body);
    expect(mine.county).toEqual({ code: '320506', name: '苏州市吴中区市场监督管理局' });
    const why = Object.fromEntries(mine.items.map((c) => [c.id, c.whyLabel]));
    expect(why).toEqual({
      [entered]: '消费者在本县、本局录入',
      [regionClue]: '消费者在本县',
      [byProducer]: '生产者在本县',
    });
    // Contact stays masked except on the clue the county entered itself.
    expect(mine.items.find((c) => c.id === regionClue)!.contact!.phone).not.toBe('13812345678');
    expect(mine.items.find((c) => c.id === entered)!.contact!.phone).toBe('13812345678');

    const other = ZCountyClueListResponse.parse((await t.http().get('/api/county/clues').set(bearer(xiangcheng))).body);
    expect(other.items.map((c) => c.id)).toEqual([otherCounty]);

    const one = await t.http().get(`/api/county/clues/${regionClue}`).set(bearer(wuzhong));
    expect(one.status).toBe(200);
    expect(ZClueView.parse(one.body).regionName).toBe('江苏省苏州市吴中区');
  });

  it('refuses another county’s clue (404), other roles (403) and bad input (400 naming the field)', async () => {
    expectRefusal(await t.http().get(`/api/county/clues/${otherCounty}`).set(bearer(wuzhong)), 404);
    expectRefusal(await t.http().get(`/api/clues/${regionClue}`).set(bearer(wuzhong)), 404);
    expectRefusal(await t.http().get('/api/county/clues').set(bearer(suzhou)), 403);
    expectRefusal(await t.http().get('/api/county/clues').set(bearer(alice)), 403);
    expectRefusal(await t.http().post('/api/county/clues').set(bearer(suzhou)).send(staffClue()), 403);
    // Read-only: the city bureau's inbox actions are not the county's.
    expectRefusal(await t.http().post(`/api/bureau/clues/${regionClue}/accept`).set(bearer(wuzhong)).send({}), 403);
    const bad = await t
      .http()
      .post('/api/county/clues')
      .set(bearer(wuzhong))
      .send(staffClue({ regionCode: '12' }));
    expectRefusal(bad, 400);
    expect(bad.body.error.issues[0].path).toBe('regionCode');
    const page = await t.http().get('/api/county/clues?pageSize=500').set(bearer(wuzhong));
    expectRefusal(page, 400);
    expect(page.body.error.issues[0].path).toBe('pageSize');
  });
});

describe('notices a county delivers', () => {
  let id: number;
  let noticeId: number;

  it('lists the cases of its city whose producer is in its county, not others', async () => {
    ({
      id,
      notice: { id: noticeId },
    } = await noticeIssued(WUZHONG_PRODUCER));
    const huqiu = await noticeIssued(HUQIU_PRODUCER);
    const list = ZCountyCaseList.parse((await t.http().get('/api/county/cases').set(bearer(wuzhong))).body);
    expect(list.items.map((c) => c.id)).toEqual([id]);
    expect(list.items[0]).toMatchObject({ awaitingDelivery: 1, openAssistance: 0, bureauName: '苏州市市场监督管理局' });
    expectRefusal(await t.http().get(`/api/county/cases/${huqiu.id}`).set(bearer(wuzhong)), 404);
    expectRefusal(await t.http().get(`/api/county/cases/${id}`).set(bearer(xiangcheng)), 404);
    expect(ZCountyCaseList.parse((await t.http().get('/api/county/cases').set(bearer(xiangcheng))).body).items).toEqual(
      [],
    );
    // The county is no party to the case itself.
    expectRefusal(await t.http().get(`/api/cases/${id}`).set(bearer(wuzhong)), 403);
  });

  it('refuses a delivery without who, when and how, naming each field', async () => {
    await setToday(t, '2026-03-05');
    const r = await t
      .http()
      .post(`/api/county/cases/${id}/documents/${noticeId}/delivery`)
      .set(bearer(wuzhong))
      .send({});
    expectRefusal(r, 400);
    expect(r.body.error.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['deliveryMethod', 'receivedOn', 'signedBy', 'recipientName']),
    );
    const late = await t
      .http()
      .post(`/api/county/cases/${id}/documents/${noticeId}/delivery`)
      .set(bearer(wuzhong))
      .send({ ...delivery, ...receiptFields, receivedOn: '2026-03-06' });
    expectRefusal(late, 400);
    expect(late.body.error.issues[0].path).toBe('receivedOn');
    expectRefusal(
      await t
        .http()
        .post(`/api/county/cases/${id}/documents/${noticeId}/delivery`)
        .set(bearer(xiangcheng))
        .send({ ...delivery, ...receiptFields }),
      404,
    );
  });

  it('records the delivery; the city sees it on the case and the reply period runs from it', async () => {
    const r = await t
      .http()
      .post(`/api/county/cases/${id}/documents/${noticeId}/delivery`)
      .set(bearer(wuzhong))
      .send({ ...delivery, ...receiptFields });
    expect(r.status).toBe(200);
    const county = ZCountyCaseView.parse(r.body);
    expect(county.awaitingDelivery).toBe(0);
    expect(county.notices.find((n) => n.id === noticeId)!.receipt).toMatchObject({
      receivedOn: '2026-03-04',
      signedBy: '李明',
      deliveryMethod: 'in_person',
      deliveredBy: '苏州市吴中区市场监督管理局 wuzhong 科员',
    });

    const city = ZCaseView.parse((await api.view(suzhou, id)).body);
    const notice = city.documents.find((d) => d.id === noticeId)!;
    expect(notice.receipt).toMatchObject({
      recipientName: '李明',
      receivedOn: '2026-03-04',
      deliveredBy: '苏州市吴中区市场监督管理局 wuzhong 科员',
    });
    const step = city.timeline.find((e) => e.action === 'confirm_receipt')!;
    expect(step.actor).toBe('wuzhong 科员（苏州市吴中区市场监督管理局）');
    expect(step.note).toContain('由苏州市吴中区市场监督管理局于2026-03-04送达（直接送达（纸质回执），李明签收）');
    expect(city.awaitingReceipt).toBe(false);
    expect(city.deadline?.dueOn).toBeTruthy();
    // The producer reads the county bureau as an institution.
    const seen = ZCaseView.parse((await api.view(producer, id)).body);
    expect(seen.timeline.find((e) => e.action === 'confirm_receipt')!.actor).toBe('苏州市吴中区市场监督管理局');

    expectRefusal(
      await t
        .http()
        .post(`/api/county/cases/${id}/documents/${noticeId}/delivery`)
        .set(bearer(wuzhong))
        .send({ ...delivery, ...receiptFields }),
      409,
    );
  });

  describe('assistance (协查)', () => {
    let assistId: number;

    it('the city asks a county of its city; bad input and other callers are refused', async () => {
      const ask = (token: string, body: object, caseId = id) =>
        t.http().post(`/api/cases/${caseId}/assistance`).set(bearer(token)).send(body);
      const good = { countyCode: '320507', request: '请核实相城区经销商的库存数量和销售去向。', dueOn: '2026-03-20' };
      let r = await ask(suzhou, { ...good, countyCode: '320102' });
      expectRefusal(r, 400);
      expect(r.body.error.issues[0].path).toBe('countyCode');
      r = await ask(suzhou, { ...good, request: '' });
      expectRefusal(r, 400);
      expect(r.body.error.issues[0].path).toBe('request');
      r = await ask(suzhou, { ...good, dueOn: '2026-03-01' });
      expectRefusal(r, 400);
      expect(r.body.error.issues[0].path).toBe('dueOn');
      expectRefusal(await ask(nanjing, good), 404);
      expectRefusal(await ask(producer, good), 403);
      expectRefusal(await ask(wuzhong, good), 403);

      r = await ask(suzhou, good);
      expect(r.status).toBe(201);
      const view = ZCaseAssistView.parse(r.body);
      expect(view).toMatchObject({ countyName: '苏州市相城区市场监督管理局', status: 'open', askedBy: '王科长' });
      assistId = view.id;
    });

    it('the county asked sees the case (no notices of it to deliver) and answers with a note and files', async () => {
      const list = ZCountyCaseList.parse((await t.http().get('/api/county/cases').set(bearer(xiangcheng))).body);
      expect(list.items).toMatchObject([{ id, openAssistance: 1, awaitingDelivery: 0 }]);
      const seen = ZCountyCaseView.parse((await t.http().get(`/api/county/cases/${id}`).set(bearer(xiangcheng))).body);
      expect(seen).toMatchObject({ deliver: false, notices: [] });
      expect(seen.assistance[0]).toMatchObject({ id: assistId, request: '请核实相城区经销商的库存数量和销售去向。' });
      // Not its notice to deliver.
      expectRefusal(
        await t
          .http()
          .post(`/api/county/cases/${id}/documents/${noticeId}/delivery`)
          .set(bearer(xiangcheng))
          .send({ ...delivery, ...receiptFields }),
        403,
      );

      const answer = (token: string, body: object) =>
        t.http().post(`/api/county/assistance/${assistId}/answer`).set(bearer(token)).send(body);
      expectRefusal(await answer(wuzhong, { note: '已核实' }), 404);
      expectRefusal(await answer(suzhou, { note: '已核实' }), 403);
      let r = await answer(xiangcheng, { note: '' });
      expectRefusal(r, 400);
      expect(r.body.error.issues[0].path).toBe('note');
      r = await answer(xiangcheng, { note: '已核实', fileIds: ['not-a-uuid'] });
      expectRefusal(r, 400);
      expect(r.body.error.issues[0].path).toBe('fileIds.0');
      const foreign = (
        await t
          .http()
          .post('/api/uploads')
          .set(bearer(alice))
          .attach('file', await phonePhoto(), 'p.jpg')
      ).body.id;
      r = await answer(xiangcheng, { note: '已核实', fileIds: [foreign] });
      expectRefusal(r, 400);
      expect(r.body.error.issues[0].path).toBe('fileIds.0');

      const photo = (
        await t
          .http()
          .post('/api/uploads')
          .set(bearer(xiangcheng))
          .attach('file', await phonePhoto(), 'p.jpg')
      ).body.id;
      r = await answer(xiangcheng, { note: '经销商库存 120 台，已封存。', fileIds: [photo] });
      expect(r.status).toBe(200);
      expect(ZCountyCaseView.parse(r.body).assistance[0]).toMatchObject({
        status: 'answered',
        answer: { note: '经销商库存 120 台，已封存。', answeredBy: 'xiangcheng 科员' },
      });
      expectRefusal(await answer(xiangcheng, { note: '再说一次' }), 409);
    });

    it('the county asked is told in its messages, the asking bureau of the answer; no one else', async () => {
      const messages = async (token: string, kind: string) =>
        ZMessageList.parse((await t.http().get('/api/messages?pageSize=100').set(bearer(token))).body).items.filter(
          (m) => m.kind === kind,
        );
      expect(await messages(xiangcheng, 'assist_requested')).toEqual([
        expect.objectContaining({
          kindLabel: '请求协查',
          title: '苏州市市场监督管理局请求协查：暖阳牌电暖器',
          body: '请核实相城区经销商的库存数量和销售去向。（请于2026-03-20前回复）',
          link: `/packages/bureau/pages/county-case/index?id=${id}`,
        }),
      ]);
      expect(await messages(wuzhong, 'assist_requested')).toEqual([]);
      expect(await messages(suzhou, 'assist_answered')).toEqual([
        expect.objectContaining({
          kindLabel: '县级局回复协查',
          title: '苏州市相城区市场监督管理局回复协查：暖阳牌电暖器',
          body: '经销商库存 120 台，已封存。（附件 1 个）',
          link: `/packages/bureau/pages/case/index?id=${id}`,
        }),
      ]);
      expect(await messages(nanjing, 'assist_answered')).toEqual([]);
      expect(await messages(producer, 'assist_answered')).toEqual([]);
    });

    it('the city sees the request and the answer on the case timeline; the producer does not', async () => {
      const city = ZCaseView.parse((await api.view(suzhou, id)).body);
      expect(city.assistance).toHaveLength(1);
      expect(city.assistance[0].answer!.files).toHaveLength(1);
      const labels = city.timeline.map((e) => e.label);
      expect(labels).toEqual(expect.arrayContaining(['请求协查', '协查回复']));
      expect(city.timeline.find((e) => e.label === '请求协查')!.note).toContain('请苏州市相城区市场监督管理局协查');
      expect(city.timeline.find((e) => e.label === '协查回复')).toMatchObject({
        actor: 'xiangcheng 科员（苏州市相城区市场监督管理局）',
        note: '经销商库存 120 台，已封存。（附件 1 个）',
      });
      const seen = ZCaseView.parse((await api.view(producer, id)).body);
      expect(seen.assistance).toEqual([]);
      expect(seen.timeline.map((e) => e.label)).not.toContain('请求协查');
    });
  });
});
