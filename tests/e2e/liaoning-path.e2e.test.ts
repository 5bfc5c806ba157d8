import type { Page } from 'playwright-core';
import { todayInShanghai, usccCheckCharacter } from '@recall/shared';
import { appInBrowser, fillTaroInput, phonePage, screenshot, until } from '../support/browser';
import { RECALL_PLAN, RECALL_STATEMENT } from '../support/case-plan';
import { admin, type Db } from '../support/server';

/**
 * The Liaoning path in Chromium (PROVINCE=liaoning, 辽市监发〔2020〕32号), from a consumer's clue to
 * a published recall: the clue reaches the province bureau (Dalian informed); the province keeps it
 * (no 移送 to a city that could not open the case), opens the case from it and notifies the
 * producer in its own name; the producer's customer service binds, confirms receipt and files its
 * plan on SAMR's format documents (no Jiangsu 附件 numbers); the province accepts the plan with a
 * 新闻稿 citing the Liaoning rules; the consumer finds the recall.
 */
const LN = { PROVINCE: 'liaoning' };
const PROVINCE = { username: 'ln-path-province', password: 'ln-pass-123' };
const first17 = '91210204MA0HY1D2L';
const USCC = first17 + usccCheckCharacter(first17);
const PRODUCER = '大连海韵电器有限公司';
const PRODUCT = '海韵牌电暖器';

const app = appInBrowser('e2e_liaoning_path', LN, async (db: Db) => {
  const r = await admin(
    { ...db.env, ...LN },
    'user:create',
    '--role',
    'province',
    '--org',
    '210000',
    '--username',
    PROVINCE.username,
    '--password',
    PROVINCE.password,
  );
  if (r.code !== 0) throw new Error(`user:create failed: ${r.stderr}`);
});
const url = (path: string) => `${app.server.url}/#/${path}`;
const field = (page: Page, doc: string, key: string) =>
  page
    .locator(
      `.doc-field[data-doc=${doc}][data-key=${key}] input, .doc-field[data-doc=${doc}][data-key=${key}] textarea`,
    )
    .first();
const fill = async (page: Page, doc: string, values: Record<string, string>) => {
  for (const [k, v] of Object.entries(values)) await field(page, doc, k).fill(v);
};
const chip = (page: Page, doc: string, key: string, value: string) =>
  page.click(`.doc-field[data-doc=${doc}][data-key=${key}] .chip[data-value="${value}"]`);
const expectState = async (page: Page, text: string) =>
  expect(
    await until(
      () => page.locator('.case-detail:visible .case-state').innerText(),
      (s) => s.includes(text),
    ),
  ).toContain(text);
const action = (page: Page, name: string) => page.click(`.case-detail:visible .case-action[data-action=${name}]`);
const submitForm = async (page: Page) => {
  await page.click('.form-submit:visible');
  await page.locator('.case-detail:visible').waitFor({ timeout: 15000 });
};
const formTitles = (page: Page) => page.locator('.doc-form__title:visible').allInnerTexts();

let province: Page;
let producer: Page;
let consumer: Page;
let clueNo = '';
let caseId = '';
let code = '';

beforeAll(async () => {
  consumer = app.page;
  province = await phonePage(app.browser);
  producer = await phonePage(app.browser);
});

test('a consumer reports a heater; the receipt says the province bureau handles it', async () => {
  const product = encodeURIComponent('电暖器');
  await consumer.goto(
    url(`pages/report/index?categoryCode=01&brand=${encodeURIComponent('海韵')}&productName=${product}`),
  );
  await consumer.locator('.report-submit').waitFor();
  await fillTaroInput(consumer, '.report-model', 'HY-2000');
  await consumer.fill('.report-description textarea', '使用半小时后外壳发烫冒烟，温控失灵。已停止使用。');
  await consumer.click('.report-injury .clue-form__choice:nth-child(1)');
  await consumer.click('.region-web__toggle');
  await fillTaroInput(consumer, '.region-web__code', '210202');
  await fillTaroInput(consumer, '.report-contact-name', '张三');
  await fillTaroInput(consumer, '.report-contact-phone', '13812345678');
  await fillTaroInput(consumer, '.report-contact-address', '辽宁省大连市中山区人民路 1 号');
  await consumer.click('.clue-consent__box');
  await consumer.click('.report-submit');
  await consumer.locator('.clue-receipt').waitFor({ timeout: 20000 });
  await expect(consumer.locator('.clue-receipt-bureau').innerText()).resolves.toContain('辽宁省市场监督管理局');
  clueNo = (await consumer.locator('.clue-receipt-no').innerText()).trim();
  await screenshot(consumer, 'liaoning-path-01-receipt');
});

test('the province keeps the clue (no 移送 to a city) and opens the case from it', async () => {
  await province.goto(url('pages/login/index'));
  await fillTaroInput(province, '.login-username', PROVINCE.username);
  await fillTaroInput(province, '.login-password', PROVINCE.password);
  await province.click('.login-submit');
  await province.locator('.me-role').waitFor();
  await province.goto(url('packages/bureau/pages/inbox/index'));
  const item = province.locator('.inbox-item').first();
  await item.waitFor({ timeout: 15000 });
  await expect(item.innerText()).resolves.toContain('电暖器');
  await item.click();
  await province.locator('.bureau-clue').waitFor();
  // The commission panel is there; 移送 is not (every other bureau is a city, which cannot open the case).
  await province.locator('.commission-panel').waitFor();
  await province.locator('.action-bar .clue-reject').waitFor();
  await expect(province.locator('.action-bar .clue-transfer').count()).resolves.toBe(0);
  await screenshot(province, 'liaoning-path-02-clue');

  await province.click('.clue-open-case');
  await field(province, 'open_case', 'productName').waitFor();
  await expect(province.locator('.open-case').innerText()).resolves.toContain(clueNo);
  await fill(province, 'open_case', { productName: PRODUCT, producerName: PRODUCER, producerUscc: USCC });
  const summary = field(province, 'open_case', 'summary');
  if (!(await summary.inputValue())) await summary.fill('温控器失效，外壳过热冒烟。');
  await submitForm(province);
  await expectState(province, '已立案');
  caseId = /[?&]id=(\d+)/.exec(province.url())![1];
});

test('the province notifies the producer on its own format document, in its own name and number', async () => {
  await action(province, 'notify_investigation');
  await field(province, 'investigation_notice', 'consequence').waitFor();
  expect(await formTitles(province)).toEqual(['消费品调查分析通知书']);
  await fill(province, 'investigation_notice', { consequence: '可能引发火灾，造成人身伤害和财产损失。' });
  await submitForm(province);
  await expectState(province, '已通知调查分析');
  const docNo = await province.locator('.case-detail:visible .doc-item .doc-no').first().innerText();
  expect(docNo).toMatch(/^辽宁省市场监督管理局 调查分析〔\d{4}〕1号$/);
  await expect(province.locator('.case-detail:visible .doc-item').first().innerText()).resolves.not.toContain('附件');

  await province.goto(url('packages/bureau/pages/invite/index'));
  await fill(province, 'invitation', { producerUscc: USCC, producerName: PRODUCER });
  await province.click('.form-submit:visible');
  code = (await province.locator('.invite-code').innerText()).trim();
  expect(code).toMatch(/^[A-Z0-9]{8}$/);
});

test('customer service binds, confirms receipt on the 送达回证 and files the plan', async () => {
  await producer.goto(url('packages/producer/pages/bind/index'));
  await producer.locator('[data-key="code"] input').fill(code);
  await producer.locator('[data-key="username"] input').fill('haiyun');
  await producer.locator('[data-key="password"] input').fill('haiyun-pass-1');
  await producer.locator('[data-key="displayName"] input').fill('刘洋');
  await producer.click('.bind-submit');
  const row = producer.locator('.case-row:visible').first();
  await row.waitFor({ timeout: 15000 });
  await row.click();
  await producer.locator('.case-detail:visible').waitFor();
  await expect(producer.locator('.case-detail:visible').innerText()).resolves.toContain('辽宁省市场监督管理局');

  await producer.click('.confirm-receipt');
  await field(producer, 'receipt', 'recipientName').waitFor();
  expect(await formTitles(producer)).toEqual(['送达回证']);
  await fill(producer, 'receipt', { recipientName: '刘洋', recipientTitle: '质量经理', recipientPhone: '13800000000' });
  await submitForm(producer);
  await until(
    () => producer.locator('.case-detail:visible .doc-item').first().innerText(),
    (t) => t.includes('刘洋'),
  );

  await action(producer, 'submit_plan');
  await field(producer, 'recall_statement', 'uscc').waitFor();
  expect(await formTitles(producer)).toEqual(['消费品召回计划', '消费品召回事项说明']);
  await fill(producer, 'recall_plan', {
    ...RECALL_PLAN,
    producerName: PRODUCER,
    productName: PRODUCT,
    models: 'HY-2000',
    organization: `${PRODUCER}客户服务部`,
    startDate: todayInShanghai(),
  });
  await chip(producer, 'recall_plan', 'remedyType', 'replace');
  await fill(producer, 'recall_statement', {
    ...RECALL_STATEMENT,
    producerName: PRODUCER,
    uscc: USCC,
    address: '大连市沙河口区五一路 1 号',
    productName: PRODUCT,
  });
  await chip(producer, 'recall_statement', 'origin', 'domestic');
  await chip(producer, 'recall_statement', 'recalledAbroad', 'false');
  await submitForm(producer);
  await expectState(producer, '召回计划审查中');
  await screenshot(producer, 'liaoning-path-03-plan-filed');
});

test('the province accepts the plan with a 新闻稿 citing the Liaoning rules, and the recall is published', async () => {
  await province.goto(url(`packages/bureau/pages/case/index?id=${caseId}`));
  await province.locator('.case-detail:visible').waitFor({ timeout: 15000 });
  await action(province, 'accept_plan');
  await field(province, 'press_release', 'title').waitFor();
  const body = await field(province, 'press_release', 'body').inputValue();
  expect(body).toContain('《辽宁省市场监督管理缺陷消费品召回管理工作规定》');
  expect(body).not.toMatch(/江苏|苏市监/);
  // The review cites the Liaoning article, not Jiangsu's 第十四条.
  await expect(province.locator('.doc-form--plan_review .doc-form__intro').first().innerText()).resolves.toContain(
    '按《辽宁省市场监督管理缺陷消费品召回管理工作规定》第十六条逐项审查',
  );
  for (const key of ['batchesAccurate', 'quantityTrue', 'contentComplete', 'measuresFeasible'])
    await chip(province, 'plan_review', key, 'met');
  await province.click('.case-defect-class .chip[data-value="electrical"]');
  await screenshot(province, 'liaoning-path-04-press-release');
  await submitForm(province);
  await expectState(province, '召回实施中');

  await consumer.goto(url(`pages/search/index?q=${encodeURIComponent(PRODUCT)}`));
  const card = consumer.locator('.recall-card:visible').first();
  await card.waitFor({ timeout: 15000 });
  await expect(card.innerText()).resolves.toContain(PRODUCT);
  await screenshot(consumer, 'liaoning-path-05-found');
});
