import fs from 'fs';
import path from 'path';
import { ZCaseView, ZRecallDetail, ZRecallImportResult } from '@recall/shared';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, PLAN_PATCH, setToday, usccOf } from './support/cases';
import { bearer, staff } from './support/users';

/**
 * A recall published from a case belongs to that case and its producer: an import reusing its
 * 召回编号, or another producer's plan carrying it, is refused and changes nothing (issue 12, #2 #3).
 */
let t: TestApp;
let suzhou: string;
let owner: string;
let rival: string;
const OWNER = usccOf('320505');
const RIVAL = usccOf('320506', 'MA2AB3C4D');
const demoLine = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../config/demo/recalls.jsonl'), 'utf8').trim().split('\n')[0],
);

beforeAll(async () => {
  t = await startApp();
  suzhou = await staff(t, { role: 'bureau', org: '320500', username: 'sz-own', password: 'suzhou-pass-1' });
  owner = await staff(t, {
    role: 'producer',
    org: OWNER,
    username: 'owner-cs',
    password: 'owner-pass-1',
    producerName: '苏州暖阳电器有限公司',
  });
  rival = await staff(t, {
    role: 'producer',
    org: RIVAL,
    username: 'rival-cs',
    password: 'rival-pass-1',
    producerName: '苏州别家电器有限公司',
  });
});
afterAll(() => t.close());

/** A voluntary recall filed and accepted: the bureau publishes it. */
async function publish(token: string, recallNo: string) {
  const api = caseApi(t);
  const filed = await t
    .http()
    .post('/api/cases/voluntary')
    .set(bearer(token))
    .send({
      categoryCode: '01',
      forms: forms(['recall_plan', 'recall_statement'], { recall_plan: PLAN_PATCH, recall_statement: { recallNo } }),
    });
  expect(filed.status).toBe(201);
  const c = ZCaseView.parse(filed.body);
  const v = ZCaseView.parse((await api.view(suzhou, c.id)).body);
  return api.act(suzhou, c.id, 'accept_plan', { forms: { press_release: v.prefill.press_release } });
}

test("an import reusing a case recall's number is refused for that line, naming the owner", async () => {
  await setToday(t, '2026-04-01');
  const published = ZCaseView.parse((await publish(owner, 'JS2026-7001')).body);
  const before = ZRecallDetail.parse((await t.http().get(`/api/recalls/${published.recallId}`)).body);
  const hijack = { ...demoLine, recallNo: 'JS2026-7001', producerName: '别家公司', producerUscc: RIVAL };
  const res = await t
    .http()
    .post('/api/recalls/import')
    .set(bearer(suzhou))
    .attach('file', Buffer.from(JSON.stringify(hijack)), 'recalls.jsonl');
  expect(res.status).toBe(200);
  const r = ZRecallImportResult.parse(res.body);
  expect(r).toMatchObject({ imported: 0, updated: 0 });
  expect(r.rejected).toEqual([{ line: 1, reason: expect.stringContaining('苏州暖阳电器有限公司') }]);
  const after = ZRecallDetail.parse((await t.http().get(`/api/recalls/${published.recallId}`)).body);
  expect(after).toEqual(before);
});

test("another producer's plan carrying that number is refused with 409; the recall stays its owner's", async () => {
  const first = ZCaseView.parse((await publish(owner, 'JS2026-7002')).body);
  const res = await publish(rival, 'JS2026-7002');
  expect(res.status).toBe(409);
  expect(res.body.error).toMatchObject({
    code: 'RECALL_OWNED',
    message: expect.stringContaining('苏州暖阳电器有限公司'),
  });
  const recall = ZRecallDetail.parse((await t.http().get(`/api/recalls/${first.recallId}`)).body);
  expect(recall.producerName).toBe('苏州暖阳电器有限公司');
});
