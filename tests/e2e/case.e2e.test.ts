import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { appInBrowser, phonePage, screenshot, until } from '../support/browser';
import { PRODUCER_USCC, RECALL_PLAN, RECALL_STATEMENT } from '../support/case-plan';
import { createSuzhouOfficer } from '../support/server';

/**
 * The case workflow as its three parties live it, in Chromium: the Suzhou bureau opens a case and
 * issues a numbered notice; the producer's customer service binds with the bureau's invitation
 * code, confirms receipt and files a recall plan; the bureau accepts it and the recall is
 * published; a consumer finds it and asks for the remedy; customer service completes it, and the
 * completion rate the bureau sees moves.
 */
const app = appInBrowser('e2e_case', {}, createSuzhouOfficer);
const USCC = PRODUCER_USCC;
let bureau: Page;
let producer: Page;
let consumer: Page;
let caseId = '';
let code = '';

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
/** The case screen refreshes when it shows again after a form: wait for the new state. */
const expectState = async (page: Page, text: string) =>
  expect(
    await until(
      () => page.locator('.case-detail:visible .case-state').innerText(),
      (s) => s.includes(text),
    ),
  ).toContain(text);
const action = (page: Page, name: string) => page.click(`.case-detail:visible .case-action[data-action=${name}]`);
const openCasePage = async (page: Page, pkg: 'bureau' | 'producer') => {
  await page.goto(url(`packages/${pkg}/pages/case/index?id=${caseId}`));
  await page.locator('.case-detail:visible').waitFor({ timeout: 15000 });
};
const submitForm = async (page: Page) => {
  await page.click('.form-submit:visible');
  await page.locator('.case-detail:visible').waitFor({ timeout: 15000 });
};

let photoFile: string;

beforeAll(async () => {
  photoFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-plan-')), 'heater.jpg');
  await sharp({ create: { width: 800, height: 1000, channels: 3, background: '#f2f2f2' } })
    .jpeg()
    .toFile(photoFile);
  bureau = app.page;
  producer = await phonePage(app.browser);
  consumer = await phonePage(app.browser);
});

test('the bureau opens a case and issues a numbered 调查分析通知书', async () => {
  await bureau.goto(url('pages/login/index'));
  await bureau.locator('.login-username input').fill('suzhou');
  await bureau.locator('.login-password input').fill('suzhou-pass-1');
  await bureau.click('.login-submit');
  await bureau.locator('.me-role').waitFor();
  await bureau.goto(url('packages/bureau/pages/cases/index'));
  await bureau.click('.cases-open');
  await field(bureau, 'open_case', 'productName').waitFor();
  await fill(bureau, 'open_case', {
    productName: '暖阳牌电暖器',
    brand: '暖阳',
    model: 'NY-2000',
    producerName: '苏州暖阳电器有限公司',
    producerUscc: USCC,
    summary: '多名消费者反映温控失灵，外壳过热变形。',
  });
  await chip(bureau, 'open_case', 'categoryCode', '01');
  await submitForm(bureau);
  await expectState(bureau, '已立案');
  caseId = /[?&]id=(\d+)/.exec(bureau.url())![1];
  await expect(bureau.locator('.case-detail:visible .deadline-badge').innerText()).resolves.toContain('工作日');
  await screenshot(bureau, 'case-01-opened');

  await action(bureau, 'notify_investigation');
  await field(bureau, 'investigation_notice', 'consequence').waitFor();
  await fill(bureau, 'investigation_notice', { consequence: '可能引发火灾，造成人身伤害和财产损失。' });
  await screenshot(bureau, 'case-02-notice-form');
  await submitForm(bureau);
  await expectState(bureau, '已通知调查分析');
  const docNo = await bureau.locator('.case-detail:visible .doc-item .doc-no').first().innerText();
  expect(docNo).toMatch(/苏州市市场监督管理局 调查分析〔\d{4}〕1号/);
  await screenshot(bureau, 'case-03-notified');

  await bureau.goto(url('packages/bureau/pages/invite/index'));
  await fill(bureau, 'invitation', { producerUscc: USCC, producerName: '苏州暖阳电器有限公司' });
  await bureau.click('.form-submit:visible');
  code = (await bureau.locator('.invite-code').innerText()).trim();
  expect(code).toMatch(/^[A-Z0-9]{8}$/);
  await screenshot(bureau, 'case-04-invitation');
});

test('customer service binds with the code, confirms receipt and files the recall plan', async () => {
  await producer.goto(url('packages/producer/pages/bind/index'));
  await producer.locator('[data-key="code"] input').fill(code);
  await producer.locator('[data-key="username"] input').fill('nuanyang');
  await producer.locator('[data-key="password"] input').fill('nuanyang-pass-1');
  await producer.locator('[data-key="displayName"] input').fill('张丽');
  await producer.click('.bind-submit');
  const row = producer.locator('.case-row:visible').first();
  await row.waitFor({ timeout: 15000 });
  await expect(row.innerText()).resolves.toContain('暖阳牌电暖器');
  await screenshot(producer, 'case-05-producer-inbox');
  await row.click();
  await producer.locator('.case-detail:visible').waitFor();
  expect(await producer.locator('.case-detail:visible').innerText()).not.toContain('王科长');

  await producer.click('.confirm-receipt');
  await fill(producer, 'receipt', { recipientName: '张丽', recipientTitle: '质量经理', recipientPhone: '13800000000' });
  await submitForm(producer);
  const notice = await until(
    () => producer.locator('.case-detail:visible .doc-item').first().innerText(),
    (t) => t.includes('张丽'),
  );
  expect(notice).toContain('张丽');

  await action(producer, 'submit_plan');
  await field(producer, 'recall_statement', 'uscc').waitFor();
  await fill(producer, 'recall_plan', RECALL_PLAN);
  await chip(producer, 'recall_plan', 'remedyType', 'replace');
  // 外观照片 of the plan: public with the recall.
  const chooser = producer.waitForEvent('filechooser');
  await producer.click('.doc-field[data-doc=recall_plan][data-key=photos] .photos__add');
  await (await chooser).setFiles([photoFile]);
  await until(
    () => producer.locator('.doc-field[data-doc=recall_plan][data-key=photos] .photos__tile--done').count(),
    (n) => n === 1,
  );
  await fill(producer, 'recall_statement', RECALL_STATEMENT);
  await chip(producer, 'recall_statement', 'origin', 'domestic');
  await chip(producer, 'recall_statement', 'recalledAbroad', 'false');
  await screenshot(producer, 'case-06-plan-form');
  await submitForm(producer);
  await expectState(producer, '召回计划审查中');
  await screenshot(producer, 'case-07-plan-filed');
});

test('the bureau returns the plan with the 第十四条 checklist; customer service confirms the numbered notice and files again', async () => {
  await openCasePage(bureau, 'bureau');
  await action(bureau, 'return_plan');
  await bureau.locator('.doc-field[data-doc=plan_return][data-key=quantityTrue]').waitFor();
  for (const key of ['batchesAccurate', 'contentComplete', 'measuresFeasible'])
    await chip(bureau, 'plan_return', key, 'met');
  await chip(bureau, 'plan_return', 'quantityTrue', 'unmet');
  await bureau.locator('.action-note textarea').fill('涉及数量与销售记录不符，请核实后重新报告。');
  await screenshot(bureau, 'case-07a-plan-return-form');
  await submitForm(bureau);
  await expectState(bureau, '召回计划退回补正');
  const item = bureau.locator('.case-detail:visible .doc-item[data-type=plan_return]');
  await expect(item.locator('.doc-no').innerText()).resolves.toMatch(/苏州市市场监督管理局 计划补正〔\d{4}〕1号/);
  await item.locator('.doc-item__toggle').click();
  await expect(
    until(
      () => item.innerText(),
      (t) => t.includes('审查意见'),
    ),
  ).resolves.toContain('数量真实');

  await openCasePage(producer, 'producer');
  const banner = producer.locator('.case-detail:visible .cd-receipt-notice');
  const bannerText = await banner.innerText();
  expect(bannerText).toContain('召回计划退回补正通知书');
  expect(bannerText).toContain('期限自签发之日起算');
  await producer.click('.case-detail:visible .confirm-receipt');
  await fill(producer, 'receipt', { recipientName: '张丽', recipientTitle: '质量经理', recipientPhone: '13800000000' });
  await submitForm(producer);
  await until(
    () => producer.locator('.case-detail:visible .doc-item[data-type=plan_return]').innerText(),
    (t) => t.includes('已送达'),
  );
  await screenshot(producer, 'case-07b-return-received');
  // The returned plan is prefilled from the one filed before: correct it and file again.
  await action(producer, 'submit_plan');
  await field(producer, 'recall_plan', 'involvedQty').waitFor();
  await submitForm(producer);
  await expectState(producer, '召回计划审查中');
});

test('the bureau accepts the plan with its 新闻稿 and the recall is published', async () => {
  await openCasePage(bureau, 'bureau');
  await action(bureau, 'accept_plan');
  await field(bureau, 'press_release', 'title').waitFor();
  const body = field(bureau, 'press_release', 'body');
  expect(await body.inputValue()).toContain('苏州暖阳电器有限公司');
  // A roomy editor: about 15 lines tall, with its character count.
  expect((await body.boundingBox())!.height).toBeGreaterThan(300);
  await expect(bureau.locator('.doc-longtext__count:visible').innerText()).resolves.toMatch(/^\d+\/5000 字$/);
  for (const key of ['batchesAccurate', 'quantityTrue', 'contentComplete', 'measuresFeasible'])
    await chip(bureau, 'plan_review', key, 'met');
  // The defect's class, for the province's statistics, is given where the plan is accepted.
  await bureau.click('.case-defect-class .chip[data-value="electrical"]');
  await screenshot(bureau, 'case-08-press-release');
  await submitForm(bureau);
  await expectState(bureau, '召回实施中');
  await expect(
    bureau.locator('.case-detail:visible .doc-item[data-type=plan_review] .doc-item__title').innerText(),
  ).resolves.toBe('召回计划审查记录');
  await expect(
    bureau.locator('.case-detail:visible .info-row:has-text("缺陷类别") .info-row__value').innerText(),
  ).resolves.toBe('电气安全类');
  await expect(bureau.locator('.case-detail:visible .completion-rate').innerText()).resolves.toContain('0.0%');
});

test('a consumer finds the recall and asks for the remedy; customer service completes it', async () => {
  await consumer.goto(app.server.url);
  await consumer.goto(url(`pages/search/index?q=${encodeURIComponent('暖阳牌电暖器')}`));
  const card = consumer.locator('.recall-card:visible').first();
  await card.waitFor({ timeout: 15000 });
  await card.click();
  await consumer.locator('.request-remedy').waitFor({ timeout: 15000 });
  await screenshot(consumer, 'case-09-recall');
  await consumer.click('.request-remedy');
  await consumer.locator('[data-key="quantity"] input').waitFor();
  await consumer.locator('[data-key="quantity"] input').fill('1');
  await consumer.locator('[data-key="contact.name"] input').fill('李四');
  await consumer.locator('[data-key="contact.phone"] input').fill('13912345678');
  await consumer.locator('[data-key="contact.address"] input').fill('苏州市姑苏区人民路 1 号');
  await consumer.click('.remedy-chip[data-value="replace"]');
  await consumer.click('.consent');
  await consumer.click('.request-submit');
  await consumer.locator('.request-status:visible').waitFor({ timeout: 15000 });
  await expect(consumer.locator('.request-status:visible').innerText()).resolves.toContain('已提交');

  await producer.goto(url('packages/producer/pages/requests/index'));
  await producer.locator('.request-row:visible').first().click();
  await producer.locator('.request-action[data-action="complete"]').waitFor({ timeout: 15000 });
  await producer.click('.request-action[data-action="complete"]');
  await producer.click('.prq-sheet .remedy-chip[data-value="replace"]');
  await producer.click('.action-confirm');
  await until(
    () => producer.locator('.request-action[data-action="complete"]').count(),
    (n) => n === 0,
  );
  await screenshot(producer, 'case-10-request-completed');

  await consumer.reload();
  const status = await until(
    () => consumer.locator('.request-status:visible').innerText(),
    (s) => s.includes('已完成'),
  );
  expect(status).toContain('已完成');
  await screenshot(consumer, 'case-11-consumer-sees-done');
});

test('the completion rate the bureau sees moves', async () => {
  await openCasePage(bureau, 'bureau');
  const rate = await until(
    () => bureau.locator('.case-detail:visible .completion-rate').innerText(),
    (s) => s.includes('10.0%'),
  );
  expect(rate).toContain('10.0%');
  await screenshot(bureau, 'case-12-completion');
});

test('the recall page shows the plan’s 应急处置, photo and the progress of remedies', async () => {
  await consumer.goto(url(`pages/search/index?q=${encodeURIComponent('暖阳牌电暖器')}`));
  const card = consumer.locator('.recall-card:visible').first();
  await card.waitFor({ timeout: 15000 });
  await expect(card.locator('.recall-card__thumb').count()).resolves.toBe(1);
  await card.click();
  const detail = consumer.locator('.recall-detail:visible');
  const text = await until(
    () => detail.innerText(),
    (t) => t.includes('已补救'),
  );
  expect(text).toContain('应急处置');
  expect(text).toContain(RECALL_PLAN.emergency);
  expect(text).toContain('已补救 1 件 / 涉及 10 件（10%）');
  expect(text).toContain(RECALL_PLAN.organization);
  const photo = detail.locator('.detail-photo img').first();
  await photo.waitFor();
  // The image really loads (a public link, no token).
  expect(
    await until(
      () => photo.evaluate((i: HTMLImageElement) => i.naturalWidth),
      (w) => w > 0,
    ),
  ).toBeGreaterThan(0);
  await screenshot(consumer, 'case-13-recall-public-plan');
});
