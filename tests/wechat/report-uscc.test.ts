import { usccCheckCharacter } from '@recall/shared';
import { expectClean, weappWorld } from './support';

/**
 * The report form reads a producer's 统一社会信用代码 as it is typed and says where the producer is
 * registered by the place's name (the public's words), never by its six-digit code.
 */
const world = weappWorld('weapp_report_uscc');

test('a valid credit code names the place the producer is registered, not its code', async () => {
  const rt = await world.open('uscc-consumer');
  await rt.tapTab('报告');
  await rt.waitForRoute('pages/report/index');
  const first17 = '91320506MA1XY2W3K';
  await rt.type('.report-uscc', first17 + usccCheckCharacter(first17));
  await rt.waitForText('登记地在江苏省苏州市吴中区');
  expect(rt.text()).not.toContain('320506');
  expectClean(rt);
});
