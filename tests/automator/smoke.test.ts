/**
 * miniprogram-automator smoke test: drives the weapp build in WeChat DevTools. It runs only where
 * DevTools exists (WECHAT_DEVTOOLS_CLI set, service port on); elsewhere it is reported as not run,
 * never as passed.
 */
import path from 'path';

const cli = process.env.WECHAT_DEVTOOLS_CLI;
const suite = cli ? describe : describe.skip;
if (!cli) console.log('automator: not run: no DevTools (set WECHAT_DEVTOOLS_CLI to run it)');

suite('weapp in WeChat DevTools', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const automator = require('miniprogram-automator');
  let mp: {
    reLaunch(url: string): Promise<{ $(sel: string): Promise<{ text(): Promise<string> } | null> }>;
    close(): Promise<void>;
  };

  beforeAll(async () => {
    mp = await automator.launch({ cliPath: cli, projectPath: path.resolve(__dirname, '../..') });
  }, 120000);
  afterAll(() => mp?.close());

  test('the 查询 home opens with its search box', async () => {
    const page = await mp.reLaunch('/pages/index/index');
    expect(await page.$('.home-search')).not.toBeNull();
  });
});
