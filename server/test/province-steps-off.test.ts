import { ZCommissionList } from '@recall/shared';
import { startApp, TestApp } from './support/app';
import { usccOf } from './support/cases';
import { bearer, staff } from './support/users';

/** Jiangsu's profile has none of Liaoning's own steps: nothing of them is offered, and asking is refused. */
describe('a province whose profile has none of these steps (Jiangsu)', () => {
  let js: TestApp;
  let jsProvince: string;
  beforeAll(async () => {
    js = await startApp();
    jsProvince = await staff(js, { role: 'province', org: '320000', username: 'js-prov', password: 'js-pass-123' });
  }, 120_000);
  afterAll(() => js.close());

  it('lists no commissions, refuses one, and has no sharing period', async () => {
    const l = await js.http().get('/api/commissions').set(bearer(jsProvince));
    expect(l.status).toBe(200);
    expect(ZCommissionList.parse(l.body)).toEqual({ enabled: false, targets: [], defaultDueOn: null, items: [] });
    const r = await js
      .http()
      .post('/api/commissions')
      .set(bearer(jsProvince))
      .send({ purpose: 'verify_clue', clueId: 1, bureauCode: '320500', request: '核实' });
    expect(r.status).toBe(404);
    expect(r.body.error.message).toBe('本省没有委托市县核查的程序');
    const c = await js
      .http()
      .post('/api/cases')
      .set(bearer(jsProvince))
      .send({
        producerUscc: usccOf('320505'),
        producerName: '苏州暖阳电器有限公司',
        productName: '暖阳牌电暖器',
        categoryCode: '01',
        summary: '过热',
      });
    expect(c.status).toBe(201);
    const a = await js
      .http()
      .post(`/api/cases/${c.body.id}/actions`)
      .set(bearer(jsProvince))
      .send({ action: 'request_supplement', note: '补充' });
    expect(a.status).toBe(400);
    expect(a.body.error.message).toBe('本省没有「要求生产者补充材料」这一程序');
    const clue = await js
      .http()
      .post('/api/province/clues/1/sharing')
      .set(bearer(jsProvince))
      .send({ units: ['quality'] });
    expect(clue.status).toBe(404);
    expect(clue.body.error.message).toBe('本省没有线索内部共享的程序');
  });
});
