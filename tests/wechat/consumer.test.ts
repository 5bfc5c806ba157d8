import fs from 'fs';
import os from 'os';
import path from 'path';
import sharp from 'sharp';
import { phonePhoto } from '../../server/test/support/images';
import { createSuzhouOfficer } from '../support/server';
import { WeappRuntime } from './runtime/runtime';
import { expectClean, openFirstRecall, TEMPLATE_IDS, weappWorld } from './support';

/**
 * Consumers on the weapp build, as WeChat runs it, against the real server and a fake WeChat API:
 * look a recall up and check their own unit; report a defect with a photo through the privacy
 * popup and get a receipt.
 */
const world = weappWorld('weapp_consumer', createSuzhouOfficer);
/** The reporter's phone, kept for the messages that follow the report. */
let reporter: WeappRuntime;

test('search 打火机 → the recall → check my unit by its production date', async () => {
  const rt = await world.open('lookup-consumer');
  await openFirstRecall(rt, '打火机');
  await rt.waitForText('0739-5012345');
  expect(rt.text()).toContain('豪牌');
  for (const expected of ['打火机', '召回', '更换']) expect(rt.text()).toContain(expected);

  await rt.tap('.detail-check');
  await rt.waitForRoute('pages/check/index');
  await rt.type('.check-model', 'V8');
  await rt.change('.check-date', { value: '2021-12-31' });
  await rt.tap('.check-submit');
  await rt.waitFor(() => rt.$$('.check-result--affected').length > 0, 'the affected verdict');
  expect(rt.text()).toContain('2021-12-31');

  await rt.change('.check-date', { value: '2022-01-01' });
  await rt.tap('.check-submit');
  await rt.waitFor(() => rt.$$('.check-result--not_affected').length > 0, 'the not-affected verdict');
  expectClean(rt);
});

test('the search page as WeChat runs it: suggestions while typing, a tap searches one; nothing found says so, never "safe"', async () => {
  const rt = await world.open('suggest-consumer');
  await rt.type('.home-search', '打火机');
  await rt.confirm('.home-search');
  await rt.waitForRoute('pages/search/index');
  await rt.waitFor(() => rt.$$('.recall-card').length > 0, 'the 打火机 results');
  await rt.type('.search-bar__input', '暖');
  await rt.waitFor(() => rt.$$('.suggest__item').length > 0, 'suggestions for 暖');
  expect(rt.text()).toContain('暖阳');
  expect(rt.text()).toContain('品牌');
  await rt.tap('.suggest__item');
  await rt.waitFor(() => rt.text().includes('暖阳牌') || rt.text().includes('NY-2000'), 'the 暖阳 results');
  expect(rt.$$('.suggest__item')).toEqual([]);

  await rt.type('.search-bar__input', '暖阳吹风机');
  await rt.confirm('.search-bar__input');
  await rt.waitForText('没有找到与“暖阳吹风机”相关的召回信息');
  await rt.waitForText('你是不是要找');
  expect(rt.text().split('未查到召回不代表产品没有安全隐患').length - 1).toBe(1);
  await rt.tap('.search-empty__report');
  await rt.waitForRoute('pages/report/index');
  expectClean(rt);
});

test('report with a photo: privacy popup, upload without EXIF, receipt naming the bureau', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-photo-'));
  const photo = path.join(dir, 'IMG_0001.jpg');
  fs.writeFileSync(photo, await phonePhoto());
  const rt = (reporter = await world.open('report-consumer'));
  await rt.tapTab('报告');
  await rt.waitForRoute('pages/report/index');
  await rt.choose('.report-category', '电子电器');
  await rt.type('.report-product', '电暖器充电器');
  await rt.type('.report-brand', '暖阳');
  await rt.type('.report-model', 'NY-2000');
  // Already under recall (demo data): the form says so before anything is submitted.
  await rt.waitForText('这个产品已在召回中');
  await rt.type('.report-description', '充电约 20 分钟后外壳发烫变形，有焦糊味，插头处发黑。已停止使用。');
  await rt.tap('轻微伤害');

  // The first photo asks for consent: WeChat holds chooseMedia until the app's popup is agreed.
  rt.phone.media.push([photo]);
  await rt.tap('.photos__add');
  await rt.waitForText('用户隐私保护提示');
  expect(rt.calls.filter((c) => c.api === 'chooseMedia')).toEqual([]);
  await rt.tap('同意并继续');
  await rt.waitFor(() => rt.$$('.photos__tile--done').length === 1, 'the photo uploaded');
  expect(rt.text()).not.toContain('用户隐私保护提示');
  expect(rt.calls.find((c) => c.api === 'uploadFile')?.result).toBe('ok');

  await rt.change('.report-region', {
    value: ['江苏省', '苏州市', '虎丘区'],
    code: ['320000', '320500', '320505'],
    postcode: '215000',
  });
  await rt.type('.report-contact-name', '张三');
  await rt.type('.report-contact-phone', '13812345678');
  await rt.type('.report-contact-address', '江苏省苏州市虎丘区竹园路 209 号');
  await rt.tap('.clue-consent__box');
  await rt.tap('.report-submit');
  await rt.waitForRoute('pages/clue-receipt/index');
  await rt.waitFor(() => /XS\d{14}/.test(rt.text()), 'the receipt number');
  expect(rt.text()).toContain('苏州市市场监督管理局');
  // 暖阳 NY-2000 is already under recall (demo data): the receipt shows it and routes by its producer.
  expect(rt.text()).toContain('这个产品已在召回中');
  expect(rt.text()).toContain('生产者已发布召回信息中的统一社会信用代码');
  expectClean(rt);

  // The photo the bureau receives has no camera position left in it.
  const upload = rt.calls.find((c) => c.api === 'uploadFile');
  expect(upload?.route).toBe('pages/report/index');
  const stored = await storedPhotos(world.db.env.DATA_DIR);
  expect(stored.length).toBeGreaterThan(0);
  for (const file of stored) expect((await sharp(file).metadata()).exif).toBeUndefined();
});

test('follow a product: the subscribe prompt comes inside the tap, the follow is in 我的产品', async () => {
  const rt = await world.open('follow-consumer');
  await openFirstRecall(rt, '打火机');
  await rt.waitForText('关注此产品');
  await rt.tap('关注此产品');
  await rt.waitForText('已关注此产品');
  expect(rt.phone.subscribePrompts).toEqual([{ tmplIds: [TEMPLATE_IDS.recall_alert], route: 'pages/recall/index' }]);
  expect(rt.phone.lastToast()).toBe('已关注，召回时通知你');
  const grants = rt.calls.find(
    (c) => c.api === 'request' && /subscriptions\/grants/.test(String((c.args as { url: string }).url)),
  );
  expect(grants?.result).toBe('ok');

  await rt.tapTab('我的');
  await rt.tap('我的产品');
  await rt.waitForRoute('pages/my-products/index');
  await rt.waitForText('豪牌');
  expectClean(rt);
});

test("messages: the report's first step waits unread, with the badge on 消息, until it is read", async () => {
  const rt = reporter;
  // The receipt is read for a few seconds; the tabs then count again (they reuse a count 3 s old).
  await new Promise((r) => setTimeout(r, 3100));
  await rt.tapTab('我的');
  await rt.waitFor(() => rt.badge('消息') === '1', 'the badge 1 on 消息');
  await rt.tapTab('消息');
  await rt.waitFor(() => rt.$$('.message-row--unread').length > 0, 'a message');
  expect(rt.text()).toContain('苏州市市场监督管理局');
  await rt.tap('.message-row--unread');
  await rt.waitFor(() => rt.route !== 'pages/messages/index', 'the message to open its report');
  await rt.open('switchTab', '/pages/messages/index');
  await rt.waitFor(() => rt.badge('消息') === undefined, 'the badge gone');
  expectClean(rt);
});

async function storedPhotos(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(jpe?g|webp|png)$/i.test(e.name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}
