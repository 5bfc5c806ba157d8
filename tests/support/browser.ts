import fs from 'fs';
import path from 'path';
import { Browser, BrowserContextOptions, chromium, Page } from 'playwright-core';
import { findChromium, findCjkFont } from './chromium';
import { Db, freshDb, RunningServer, startServer } from './server';

/**
 * Headless Chromium at a phone's viewport; screenshots kept in tests/artifacts. The browser and
 * the CJK font come from tests/support/global-setup.ts (found once per run), or are found here.
 */
export const ARTIFACTS = path.resolve(__dirname, '../artifacts');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.RECALL_TEST_BROWSER || findChromium().path,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** `options` adds to the phone's, e.g. bypassCSP to inject a checker such as axe-core. */
export async function phonePage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    ...options,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  return context.newPage();
}

function hasCjkFont(): boolean {
  const known = process.env.RECALL_TEST_CJK_FONT;
  return known === undefined ? findCjkFont() !== undefined : known !== '';
}

/** Without a CJK font the Chinese text is drawn as boxes: the file name says so, never hides it. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const [kept, stale] = hasCjkFont() ? [name, `${name}-no-cjk-fonts`] : [`${name}-no-cjk-fonts`, name];
  fs.rmSync(path.join(ARTIFACTS, `${stale}.png`), { force: true });
  const file = path.join(ARTIFACTS, `${kept}.png`);
  // Taro's h5 router slides pages in; let the transition finish so the picture shows one page.
  await page.waitForTimeout(800);
  await page.screenshot({ path: file });
  return file;
}

/** Taro's Input renders <taro-input-core><input>: type into the inner input. */
export async function fillTaroInput(page: Page, containerSelector: string, value: string) {
  const input = page.locator(`${containerSelector} input`).first();
  await input.fill(value);
}

/** Polls `read` until `ok` holds (or 10 s pass) and returns the last value, for the assertion to judge. */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

export interface AppInBrowser {
  db: Db;
  server: RunningServer;
  browser: Browser;
  page: Page;
}

/**
 * Registers beforeAll/afterAll that give a test file a fresh database, the real server on it and
 * a phone-sized page in Chromium. `prepare` runs against the database before the server starts.
 */
export function appInBrowser(tag: string, env: Record<string, string> = {}, prepare?: (db: Db) => Promise<void>) {
  const app = {} as AppInBrowser;
  beforeAll(async () => {
    app.db = await freshDb(tag);
    await prepare?.(app.db);
    app.server = await startServer({ ...app.db.env, ...env });
    app.browser = await launch();
    app.page = await phonePage(app.browser);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
    await app.db?.drop();
  });
  return app;
}
