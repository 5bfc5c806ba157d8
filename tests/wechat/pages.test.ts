import fs from 'fs';
import path from 'path';
import { DIST, expectClean, weappWorld } from './support';

/**
 * Every page of app.json, main package and subpackages, opens in the weapp runtime with no script
 * error and no broken WeChat rule, and shows something (a page, an empty state or a sign-in prompt).
 */
const world = weappWorld('weapp_pages');
const appJson = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8')) as {
  pages: string[];
  subPackages: Array<{ root: string; pages: string[] }>;
};
const pages = [...appJson.pages, ...appJson.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];

test(`all ${pages.length} pages open without a script error`, async () => {
  const rt = await world.open('page-visitor');
  const opened: Record<string, string> = {};
  for (const page of pages) {
    await rt.open('reLaunch', `/${page}`);
    await rt.settle();
    opened[page] = rt.text().slice(0, 60);
  }
  console.log(
    Object.entries(opened)
      .map(([p, t]) => `${p}: ${t}`)
      .join('\n'),
  );
  expectClean(rt);
  for (const page of pages) expect(opened[page].length).toBeGreaterThan(0);
});
