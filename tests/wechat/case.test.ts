import { WeappRuntime } from './runtime/runtime';
import { textOf } from './runtime/view';
import { PRODUCER_USCC, RECALL_PLAN, RECALL_STATEMENT } from '../support/case-plan';
import { createSuzhouOfficer } from '../support/server';
import { expectClean, openFirstRecall, TEMPLATE_IDS, weappWorld } from './support';

/**
 * The case workflow on the weapp build, staff in their subpackages: the Suzhou officer signs in,
 * accepts a consumer's clue from the inbox, opens a case from it and issues the numbered notice;
 * the producer's customer service binds with the invitation code, confirms receipt, files the
 * plan; the recall is published, a consumer asks for the remedy and customer service completes it.
 */
const world = weappWorld('weapp_case', createSuzhouOfficer);
const USCC = PRODUCER_USCC;
export let bureau: WeappRuntime;

/** A consumer's clue about a Suzhou producer, sent through the API as the report form would. */
async function consumerClue(): Promise<void> {
  const login = await fetch(`${world.server.url}/api/auth/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ deviceId: 'case-clue-device' }),
  });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${world.server.url}/api/clues`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      categoryCode: '01',
      productName: '暖阳牌电暖器',
      brand: '暖阳',
      model: 'NY-2000',
      producerName: '苏州暖阳电器有限公司',
      producerUscc: USCC,
      description: '使用半小时后温控失灵，外壳过热变形，有焦糊味。',
      injury: 'none',
      regionCode: '320505',
      contact: { name: '张三', phone: '13812345678', address: '江苏省苏州市虎丘区竹园路 209 号' },
      photoIds: [],
    }),
  });
  if (res.status !== 201) throw new Error(`clue: ${res.status} ${await res.text()}`);
}

export const field = (form: string, key: string) => `.df-${form}-${key}`;

test('the officer signs in, accepts the clue, opens a case and issues the numbered notice', async () => {
  await consumerClue();
  const rt = (bureau = await world.open('suzhou-officer'));
  await rt.tapTab('我的');
  await rt.tap('.me-staff-login');
  await rt.waitForRoute('pages/login/index');
  await rt.type('.login-username', 'suzhou');
  await rt.type('.login-password', 'suzhou-pass-1');
  await rt.tap('.login-submit');
  await rt.waitFor(() => rt.$$('.me-role').length > 0, 'the signed-in 我的');
  expect(rt.text()).toContain('苏州市市场监督管理局');

  await rt.tap('.me-entry-bureau');
  await rt.waitForRoute('packages/bureau/pages/inbox/index');
  expect(rt.phone.subscribePrompts.at(-1)).toEqual({
    tmplIds: [TEMPLATE_IDS.case_notice, TEMPLATE_IDS.deadline_reminder],
    route: 'pages/me/index',
  });
  await rt.waitFor(() => rt.$$('.inbox-item').length > 0, 'the clue in the inbox');
  expect(rt.text()).toContain('暖阳牌电暖器');
  await rt.tap('.inbox-item');
  await rt.waitForRoute('packages/bureau/pages/clue/index');
  await rt.waitForText('受理核实');
  await rt.tap('.clue-accept');
  await rt.tap('确认受理核实');
  await rt.waitForText('受理核实2026');
  await rt.tap('.clue-open-case');
  await rt.waitForRoute('packages/bureau/pages/open-case/index');
  await rt.waitForText('已带入线索中的产品和生产者信息');
  await rt.tap('.form-submit');
  await rt.waitForRoute('packages/bureau/pages/case/index');
  await rt.waitFor(() => rt.$$('.case-state').length > 0, 'the case');
  expect(rt.text()).toContain('已立案');

  await rt.tap('通知生产者开展调查分析');
  await rt.waitForRoute('packages/bureau/pages/case-form/index');
  await rt.type(field('investigation_notice', 'consequence'), '可能引发火灾，造成人身伤害和财产损失。');
  await rt.tap('.form-submit');
  await rt.waitForRoute('packages/bureau/pages/case/index');
  await rt.waitForText('已通知调查分析');
  expect(rt.$$('.doc-no').map((n) => textOf(n))).toEqual([
    expect.stringMatching(/苏州市市场监督管理局 调查分析〔\d{4}〕1号/),
  ]);

  // The officer opens the notice on the phone: downloadFile, then WeChat's document viewer.
  await rt.tap('.doc-item__download');
  await rt.waitFor(() => rt.phone.documents.length === 1, 'the notice opened');
  expect(rt.phone.documents[0]).toMatchObject({ fileType: 'docx', magic: 'PK' });
  expectClean(rt);
});

let code = '';
export let producer: WeappRuntime;

test('the officer hands the producer an invitation code', async () => {
  const rt = bureau;
  await rt.back(2);
  await rt.waitForRoute('packages/bureau/pages/inbox/index');
  await rt.tap('.ws-entry-invite');
  await rt.waitForRoute('packages/bureau/pages/invite/index');
  await rt.type(field('invitation', 'producerUscc'), USCC);
  await rt.type(field('invitation', 'producerName'), '苏州暖阳电器有限公司');
  await rt.tap('.form-submit');
  await rt.waitFor(() => rt.$$('.invite-code').length > 0, 'the code');
  code = textOf(rt.$$('.invite-code')[0]).trim();
  expect(code).toMatch(/^[A-Z0-9]{8}$/);
  expectClean(rt);
});

/** Types each value into its document field; `form` is the document (附件) key. */
async function fill(rt: WeappRuntime, form: string, values: Record<string, string>): Promise<void> {
  for (const [key, value] of Object.entries(values)) await rt.type(field(form, key), value);
}
const chip = (rt: WeappRuntime, form: string, key: string, label: string) => rt.tap(rt.findIn(field(form, key), label));

test('customer service binds with the code, confirms receipt and files the recall plan', async () => {
  const rt = (producer = await world.open('nuanyang-service'));
  await rt.tapTab('我的');
  await rt.tap('.me-bind-producer');
  await rt.waitForRoute('packages/producer/pages/bind/index');
  await rt.type('.bind-field--code', code);
  await rt.tap('.bind-submit');
  await rt.waitForRoute('packages/producer/pages/inbox/index');
  await rt.waitFor(() => rt.$$('.case-row').length > 0, 'the case in the producer inbox');
  expect(rt.text()).toContain('暖阳牌电暖器');
  await rt.tap('.case-row');
  await rt.waitForRoute('packages/producer/pages/case/index');
  await rt.waitFor(() => rt.$$('.confirm-receipt').length > 0, 'the receipt to confirm');
  expect(rt.text()).not.toContain('王科长');

  await rt.tap('.confirm-receipt');
  await fill(rt, 'receipt', { recipientName: '张丽', recipientTitle: '质量经理', recipientPhone: '13800000000' });
  await rt.tap('.form-submit');
  await rt.waitForRoute('packages/producer/pages/case/index');
  await rt.waitFor(() => rt.$$('.doc-item').some((n) => textOf(n).includes('张丽')), 'the receipt on the notice');

  await rt.tap(rt.findIn('.cd-actions', '报告召回计划'));
  await rt.waitForRoute('packages/producer/pages/case-form/index');
  const { startDate, ...typed } = RECALL_PLAN;
  await fill(rt, 'recall_plan', typed);
  await rt.change(field('recall_plan', 'startDate'), { value: startDate });
  await chip(rt, 'recall_plan', 'remedyType', '更换');
  await fill(rt, 'recall_statement', RECALL_STATEMENT);
  await chip(rt, 'recall_statement', 'origin', '国产');
  await chip(rt, 'recall_statement', 'recalledAbroad', '否');
  await rt.tap('.form-submit');
  await rt.waitForRoute('packages/producer/pages/case/index');
  await rt.waitForText('召回计划审查中');
  expectClean(rt);
});

test('the officer accepts the plan with its 新闻稿 and the recall is published', async () => {
  const rt = bureau;
  await rt.back(1);
  await rt.tap('.ws-entry-cases');
  await rt.waitFor(() => rt.$$('.case-row').length > 0, 'the case list');
  await rt.tap('.case-row');
  await rt.waitForRoute('packages/bureau/pages/case/index');
  await rt.waitForText('召回计划审查中');
  await rt.tap(rt.findIn('.cd-actions', '接受召回计划并公示'));
  await rt.waitForRoute('packages/bureau/pages/case-form/index');
  await rt.tap('.form-submit');
  await rt.waitForRoute('packages/bureau/pages/case/index');
  await rt.waitForText('召回实施中');
  expect(textOf(rt.$$('.completion-rate')[0])).toContain('0.0%');
  expectClean(rt);
});

test('a consumer asks for the remedy; customer service completes it; the consumer sees it done', async () => {
  const consumer = await world.open('remedy-consumer');
  await openFirstRecall(consumer, '暖阳牌电暖器');
  await consumer.waitFor(() => consumer.$$('.request-remedy').length > 0, 'the remedy button');
  await consumer.tap('.request-remedy');
  await consumer.waitForRoute('pages/recall-request/index');
  await consumer.type('.rr-field--quantity', '1');
  await consumer.type('.rr-field--contact-name', '李四');
  await consumer.type('.rr-field--contact-phone', '13912345678');
  await consumer.type('.rr-field--contact-address', '苏州市姑苏区人民路 1 号');
  await consumer.tap(consumer.findIn('.recall-request', '更换'));
  await consumer.tap('.consent');
  await consumer.tap('.request-submit');
  await consumer.waitFor(() => consumer.$$('.request-status').length > 0, 'the request status');
  expect(textOf(consumer.$$('.request-status')[0])).toContain('已提交');
  expect(consumer.phone.subscribePrompts.at(-1)?.tmplIds).toEqual([TEMPLATE_IDS.request_progress]);

  const rt = producer;
  await rt.back(1);
  await rt.tap(rt.findIn('.producer-inbox', '召回申请'));
  await rt.waitForRoute('packages/producer/pages/requests/index');
  await rt.waitFor(() => rt.$$('.request-row').length > 0, 'the request');
  await rt.tap('.request-row');
  await rt.waitFor(() => rt.$$('.request-action').length > 0, 'the request actions');
  await rt.tap(rt.findIn('.action-bar', '完成召回'));
  await rt.tap(rt.findIn('.prq-sheet', '更换'));
  await rt.tap('.action-confirm');
  await rt.waitForText('已完成');
  expectClean(rt);

  await consumer.open(
    'redirectTo',
    consumer.route === 'pages/request/index' ? '/pages/my-requests/index' : '/pages/my-requests/index',
  );
  await consumer.waitForText('已完成');
  expectClean(consumer);
});
