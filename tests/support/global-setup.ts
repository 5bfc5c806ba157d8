import { findChromium, findCjkFont } from './chromium';

/**
 * Runs once per jest run: finds the browser and the CJK font, says which once, and hands them to
 * the test files through the environment. Without a browser only the browser suites fail, in launch().
 */
export default function globalSetup(): void {
  try {
    const browser = findChromium();
    process.env.RECALL_TEST_BROWSER = browser.path;
    console.log(`\nbrowser for the e2e suites: ${browser.path} (${browser.source})`);
  } catch (e) {
    console.log(`\nbrowser for the e2e suites: none. ${(e as Error).message}`);
  }
  const font = findCjkFont();
  process.env.RECALL_TEST_CJK_FONT = font ?? '';
  console.log(
    font
      ? `CJK font for screenshots: ${font}`
      : 'CJK font for screenshots: none (fc-list :lang=zh is empty); screenshots are saved as *-no-cjk-fonts.png, their Chinese text drawn as boxes',
  );
}
