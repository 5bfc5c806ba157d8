import JSZip from 'jszip';
import { ZCaseView } from '@recall/shared';
import { CaseService } from '../src/cases/case.service';
import { CaseDocument } from '../src/db/entity';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, setToday, usccOf } from './support/cases';
import { sample } from './support/forms';
import { bearer, suzhouBureau, nuanyangProducer } from './support/users';

/**
 * 送达回执 that are true (issue 14, item 2): a paper delivery recorded by the bureau says how it
 * was delivered, when it was actually received and who signed; the reply period runs from that day.
 */
let t: TestApp;
let suzhou: string;
let producer: string;
let api: ReturnType<typeof caseApi>;
const PRODUCER = usccOf('320505');

const paperReceipt = (id: number, docId: number, body: Record<string, unknown>) =>
  t
    .http()
    .post(`/api/cases/${id}/documents/${docId}/receipt`)
    .set(bearer(suzhou))
    .send({ ...sample('receipt', {}, []), ...body });

/** A case whose recall notice was issued on `issuedOn` and is not yet confirmed. */
async function noticeIssued(issuedOn: string) {
  await setToday(t, issuedOn);
  const opened = await t.http().post('/api/cases').set(bearer(suzhou)).send({
    producerUscc: PRODUCER,
    producerName: '苏州暖阳电器有限公司',
    productName: '暖阳牌电暖器',
    categoryCode: '01',
    summary: '温控器触点粘连，持续加热导致外壳过热。',
  });
  const id = ZCaseView.parse(opened.body).id;
  await api.act(suzhou, id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) });
  const r = await api.act(suzhou, id, 'issue_recall_notice', { forms: forms(['recall_notice']) });
  return { id, notice: ZCaseView.parse(r.body).documents.find((d) => d.type === 'recall_notice')! };
}

const documentXml = async (url: string) => {
  const res = await t.http().get(url).responseType('blob');
  expect(res.status).toBe(200);
  return (await JSZip.loadAsync(res.body)).file('word/document.xml')!.async('string');
};

const stored = async (id: number) =>
  (await t.app.getApplicationContext().getAsync(CaseService)).db.getRepository(CaseDocument).findOneByOrFail({ id });

beforeAll(async () => {
  t = await startApp();
  suzhou = await suzhouBureau(t, '王科长');
  producer = await nuanyangProducer(t, PRODUCER, '张丽');
  api = caseApi(t);
}, 120_000);

afterAll(async () => {
  await setToday(t, null);
  await t.close();
});

describe('a paper delivery recorded by the bureau', () => {
  it('refuses a receipt without its method, day and signature, a day to come or before the notice', async () => {
    const { id, notice } = await noticeIssued('2026-03-02');
    await setToday(t, '2026-03-09');
    let r = await paperReceipt(id, notice.id, {});
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'forms.receipt.deliveryMethod',
      'forms.receipt.receivedOn',
      'forms.receipt.signedBy',
    ]);
    const ok = { deliveryMethod: 'post', receivedOn: '2026-03-04', signedBy: '李明' };
    r = await paperReceipt(id, notice.id, { ...ok, deliveryMethod: 'electronic' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0].path).toBe('forms.receipt.deliveryMethod');
    r = await paperReceipt(id, notice.id, { ...ok, receivedOn: '2026-03-10' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toEqual({ path: 'forms.receipt.receivedOn', message: '实际收到日期不能晚于今天' });
    r = await paperReceipt(id, notice.id, { ...ok, receivedOn: '2026-03-01' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toEqual({
      path: 'forms.receipt.receivedOn',
      message: '实际收到日期不能早于通知书的发文日期（2026-03-02）',
    });
    // Nothing was half-written: the notice still waits for its receipt.
    const v = ZCaseView.parse((await api.view(suzhou, id)).body);
    expect(v.documents.find((d) => d.id === notice.id)!.receipt).toBeNull();
    expect(v.documents.some((d) => d.type === 'receipt')).toBe(false);
  });

  it('stores what the paper says, counts the 10 working days from the day received, prints it on the 回执', async () => {
    const { id, notice } = await noticeIssued('2026-03-02');
    // Recorded on Mon 03-09 for a notice received by post on Wed 03-04.
    await setToday(t, '2026-03-09');
    const r = await paperReceipt(id, notice.id, {
      deliveryMethod: 'post',
      receivedOn: '2026-03-04',
      signedBy: '李明',
      recipientName: '李明',
    });
    expect(r.status).toBe(200);
    const v = ZCaseView.parse(r.body);
    // 10 working days from Wed 03-04: Wed 03-18 (not 03-23, as from the recording day).
    expect(v.deadline).toMatchObject({ kind: 'plan_or_objection', dueOn: '2026-03-18' });
    expect(v.documents.find((d) => d.id === notice.id)!.receipt).toMatchObject({
      deliveryMethod: 'post',
      receivedOn: '2026-03-04',
      signedBy: '李明',
      recipientName: '李明',
    });
    const receiptDoc = v.documents.find((d) => d.type === 'receipt')!;
    expect((await stored(receiptDoc.id)).data).toMatchObject({
      deliveryMethod: 'post',
      receivedOn: '2026-03-04',
      signedBy: '李明',
    });

    const xml = await documentXml(receiptDoc.downloadUrl);
    expect(xml).toContain('2026年3月4日');
    expect(xml).toContain('李明（纸质回执签收）');
    expect(xml).toContain('送达方式：邮寄送达');
    expect(xml).not.toContain('王科长（电子确认）');
    expect(xml).not.toContain('电子送达');
    expect(xml).not.toContain('2026年3月9日');
  });

  it('the producer’s confirmation in the app stays electronic, dated the day it confirms', async () => {
    const { id, notice } = await noticeIssued('2026-03-02');
    await setToday(t, '2026-03-03');
    // A producer cannot claim a paper delivery: those fields are the bureau's and are dropped.
    const r = await t
      .http()
      .post(`/api/cases/${id}/documents/${notice.id}/receipt`)
      .set(bearer(producer))
      .send({ ...sample('receipt', {}, []), deliveryMethod: 'post', receivedOn: '2026-03-02', signedBy: '某某' });
    expect(r.status).toBe(200);
    const v = ZCaseView.parse(r.body);
    expect(v.deadline).toMatchObject({ dueOn: '2026-03-17' });
    expect(v.documents.find((d) => d.id === notice.id)!.receipt).toMatchObject({
      deliveryMethod: 'electronic',
      receivedOn: '2026-03-03',
      signedBy: null,
      confirmedBy: '张丽',
    });
    const xml = await documentXml(v.documents.find((d) => d.type === 'receipt')!.downloadUrl);
    expect(xml).toContain('张丽（电子确认）');
    expect(xml).toContain('电子送达');
  });
});
