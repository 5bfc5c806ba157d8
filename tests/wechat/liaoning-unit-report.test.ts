import { todayInShanghai } from '@recall/shared';
import { textOf } from './runtime/view';
import { admin, type Db } from '../support/server';
import { expectClean, weappWorld } from './support';

/**
 * 线索报送 on the weapp build (PROVINCE=liaoning, 辽 第八条): the province's recall division enters a
 * clue its 执法稽查 unit found, naming the unit and the day it found it; the clue's sharing panel then
 * says when it was due and whether it came in time. A Jiangsu entry form has no such fields.
 */
const LN = { PROVINCE: 'liaoning' };
const OFFICER = { username: 'ln-recall', password: 'ln-pass-123' };
const world = weappWorld(
  'weapp_ln_unit',
  (db: Db) =>
    admin(
      db.env,
      'user:create',
      '--role',
      'province',
      '--org',
      '210000',
      '--username',
      OFFICER.username,
      '--password',
      OFFICER.password,
    ).then(() => undefined),
  LN,
);

test('the province enters a clue its enforcement unit found, with the unit and the day; the clue says it came in time', async () => {
  const rt = await world.open('ln-officer');
  await rt.tapTab('我的');
  await rt.tap('.me-staff-login');
  await rt.waitForRoute('pages/login/index');
  await rt.type('.login-username', OFFICER.username);
  await rt.type('.login-password', OFFICER.password);
  await rt.tap('.login-submit');
  await rt.waitFor(() => rt.$$('.me-role').length > 0, 'the signed-in 我的');
  await rt.tap('.me-entry-bureau');
  await rt.waitForRoute('packages/bureau/pages/inbox/index');
  await rt.tap('.ws-entry-enter');
  await rt.waitForRoute('packages/bureau/pages/enter/index');

  await rt.choose('.report-source', '执法打假');
  await rt.waitFor(() => rt.$$('.report-from-unit').length > 0, 'the unit picker');
  expect(textOf(rt.$$('.report-from-unit')[0])).toContain('5 个工作日内报送');
  await rt.choose('.report-from-unit', '执法稽查局');
  await rt.waitFor(() => rt.$$('.report-unit-found-on').length > 0, 'the found-on date');
  const today = todayInShanghai();
  await rt.change('.report-unit-found-on', { value: today });
  await rt.choose('.report-category', '电子电器');
  await rt.type('.report-product', '暖风机');
  await rt.type('.report-brand', '北燕');
  await rt.type('.report-description', '执法检查中发现该型号暖风机倾倒后不断电，外壳烧焦。');
  await rt.tap('未造成伤害');
  await rt.change('.report-region', {
    value: ['辽宁省', '沈阳市', '和平区'],
    code: ['210000', '210100', '210102'],
    postcode: '110000',
  });
  await rt.tap('.report-submit');
  const modal = await rt.waitFor(() => rt.phone.pendingModal(), 'the entry confirmed');
  expect(modal.title).toBe('线索已录入');
  expect(modal.content).toContain('辽宁省市场监督管理局');
  modal.answer({ confirm: true });
  await rt.waitForRoute('packages/bureau/pages/clue/index');
  await rt.waitFor(() => rt.$$('.sharing-reported').length > 0, 'the unit report on the clue');
  const line = textOf(rt.$$('.sharing-reported')[0]);
  expect(line).toContain(`执法稽查局于 ${today} 发现，${today} 报至`);
  expect(line).toMatch(/应于 \d{4}-\d{2}-\d{2} 前报送（5个工作日），按期报送/);
  expectClean(rt);
});
