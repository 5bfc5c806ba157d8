import fs from 'fs';
import path from 'path';
import { FakeWechat } from '../../server/test/support/fake-wechat';
import { ARTIFACTS } from '../support/browser';
import { Db, freshDb, RunningServer, startServer } from '../support/server';
import { WeappRuntime } from './runtime/runtime';

/** The weapp build under test: the same files `npm run build:weapp` makes for WeChat. */
export const DIST = path.resolve(__dirname, '../../miniapp/dist/weapp');
/** The API base baked into that build (miniapp/config/index.ts); the runtime sends it to the test server. */
export const BAKED_API_BASE = 'http://localhost:7001';

/** Subscribe template ids this deployment chose (served to the app by GET /api/subscriptions/templates). */
export const TEMPLATE_IDS = {
  clue_progress: 'tmpl-clue-progress',
  recall_alert: 'tmpl-recall-alert',
  request_progress: 'tmpl-request-progress',
  case_notice: 'tmpl-case-notice',
  deadline_reminder: 'tmpl-deadline-reminder',
};

export interface WeappWorld {
  db: Db;
  server: RunningServer;
  wechat: FakeWechat;
  /** Opens the mini-program on a fresh phone held by `person` (their WeChat identity), set up by `setup`. */
  open(
    person: string,
    entry?: string,
    query?: Record<string, string>,
    setup?: (phone: WeappRuntime['phone']) => void,
  ): Promise<WeappRuntime>;
}

/**
 * Registers beforeAll/afterAll giving a test file the real server on a fresh database, a fake
 * WeChat API behind it, and phones running the weapp build. Each phone's wx-call log, final page
 * data and screen are saved under tests/artifacts when the file ends; a script error or a broken
 * WeChat rule fails the test that caused it (see expectClean).
 */
export function weappWorld(
  tag: string,
  prepare?: (db: Db) => Promise<void>,
  /** More server environment (a province profile: `{ PROVINCE: 'liaoning' }`). */
  env: Record<string, string> = {},
): WeappWorld {
  const phones: Array<{ name: string; rt: WeappRuntime }> = [];
  const world = {} as WeappWorld;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'app.json')))
      throw new Error(`no weapp build at ${DIST}: run npm run build:weapp`);
    world.wechat = new FakeWechat();
    const wechatUrl = await world.wechat.start();
    world.db = await freshDb(tag);
    Object.assign(world.db.env, env);
    await prepare?.(world.db);
    world.server = await startServer({
      ...world.db.env,
      WECHAT_API_BASE: wechatUrl,
      WECHAT_APPID: 'wx-test-appid',
      WECHAT_SECRET: 'wx-test-secret',
      WECHAT_TEMPLATE_IDS: JSON.stringify(TEMPLATE_IDS),
    });
  });
  afterAll(async () => {
    for (const { name, rt } of phones) {
      rt.saveArtifacts(ARTIFACTS, name);
      rt.close();
    }
    await world.server?.stop();
    await world.wechat?.stop();
    await world.db?.drop();
  });
  world.open = async (person, entry, query, setup) => {
    const rt = new WeappRuntime({ dist: DIST, apiBase: { from: BAKED_API_BASE, to: world.server.url }, person });
    setup?.(rt.phone);
    phones.push({ name: `${tag}-${person}`, rt });
    await rt.launch(entry, query);
    await rt.settle();
    return rt;
  };
  return world;
}

/** No script error, no broken WeChat rule: what a phone would show as a crash or a refusal. */
export function expectClean(rt: WeappRuntime): void {
  expect({ errors: rt.errors, violations: rt.violations }).toEqual({ errors: [], violations: [] });
}

/** From the 查询 home: types a keyword, searches and opens the first recall found. */
export async function openFirstRecall(rt: WeappRuntime, keyword: string): Promise<void> {
  await rt.type('.home-search', keyword);
  await rt.confirm('.home-search');
  await rt.waitForRoute('pages/search/index');
  await rt.waitFor(() => rt.$$('.recall-card').length > 0, `a recall card for ${keyword}`);
  await rt.tap('.recall-card');
  await rt.waitForRoute('pages/recall/index');
}
