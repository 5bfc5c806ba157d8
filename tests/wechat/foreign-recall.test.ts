import path from 'path';
import { textOf } from './runtime/view';
import { createProvinceAccount, PROVINCE_ACCOUNT, ROOT, type Db } from '../support/server';
import { expectClean, weappWorld } from './support';

/**
 * 导入国外召回 on the weapp build: the province officer picks a Safety Gate weekly report from a chat
 * (chooseMessageFile), the app reads it with the file system manager and imports it; the alert on
 * the demo heater becomes a clue whose screen shows the foreign notice.
 */
const world = weappWorld('weapp_foreign', (db: Db) => createProvinceAccount(db.env).then(() => undefined));
const FILE = path.join(ROOT, 'shared/test/fixtures/foreign/safetygate-heater.xml');

test('the province picks a Safety Gate file from a chat, imports it and opens the clue it made', async () => {
  const rt = await world.open('province-officer');
  await rt.tapTab('我的');
  await rt.tap('.me-staff-login');
  await rt.waitForRoute('pages/login/index');
  await rt.type('.login-username', PROVINCE_ACCOUNT.username);
  await rt.type('.login-password', PROVINCE_ACCOUNT.password);
  await rt.tap('.login-submit');
  await rt.waitFor(() => rt.$$('.me-role').length > 0, 'the signed-in 我的');
  await rt.tap('.me-entry-bureau');
  await rt.waitForRoute('packages/bureau/pages/inbox/index');
  await rt.tap('.ws-entry-foreign');
  await rt.waitForRoute('packages/bureau/pages/foreign-import/index');
  await rt.waitFor(() => rt.$$('.fi-formats').length > 0, 'the import screen');

  await rt.tap('.fi-format--safetyGate');
  rt.phone.messageFiles.push([{ path: FILE, name: 'safetygate-heater.xml' }]);
  await rt.tap('.fi-choose');
  // chooseMessageFile is a privacy API: WeChat waits for the app's popup and the officer's agreement.
  await rt.tap('同意并继续');
  await rt.waitFor(() => rt.$$('.import-file__name').length > 0, 'the picked file');
  expect(textOf(rt.$$('.import-file__name')[0])).toBe('safetygate-heater.xml');
  await rt.tap('.fi-upload');
  await rt.waitFor(() => rt.$$('.fi-record--created').length > 0, 'the import result');
  expect(textOf(rt.$$('.fi-record--created .fi-record__why')[0])).toContain(
    '商品条码 6941023002012 与本省召回 JS2026-0012 相同',
  );
  expect(rt.$$('.fi-record--notMatched')).toHaveLength(1);

  await rt.tap('.fi-record--created .fi-record__clue');
  await rt.waitForRoute('packages/bureau/pages/clue/index');
  await rt.waitFor(() => rt.$$('.foreign-recall').length > 0, 'the foreign record on the clue');
  const card = textOf(rt.$$('.foreign-recall')[0]);
  expect(card).toContain('SR/02362/26');
  expect(card).toContain('德国');
  expect(card).toContain('复制原文链接');
  expect(card).toContain('https://ec.europa.eu/safety-gate-alerts/screen/webReport/alertDetail/10118487');
  expectClean(rt);
});
