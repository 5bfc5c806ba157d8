import { usccCheckCharacter } from '@recall/shared';
import { WeappRuntime } from './runtime/runtime';
import { textOf } from './runtime/view';
import { createSuzhouOfficer } from '../support/server';
import { expectClean, TEMPLATE_IDS, weappWorld } from './support';

/**
 * The case workflow on the weapp build, staff in their subpackages: the Suzhou officer signs in,
 * accepts a consumer's clue from the inbox, opens a case from it and issues the numbered notice;
 * the producer's customer service binds with the invitation code, confirms receipt, files the
 * plan; the recall is published, a consumer asks for the remedy and customer service completes it.
 */
const world = weappWorld('weapp_case', createSuzhouOfficer);
const first17 = '91320505MA1WE2E3X';
const USCC = first17 + usccCheckCharacter(first17);
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
  console.log(rt.stack.map((p) => p.template));
  expectClean(rt);
});
