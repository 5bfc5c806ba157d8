import { execFile } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

/**
 * WeChat's own static checks on the weapp build (tests/weapp/wechat-ci.js, miniprogram-ci,
 * offline): DevTools' code-quality scan and the package as it would be uploaded. Run after
 * `npm run build:weapp`. The script runs in its own process because miniprogram-ci leaves
 * handles open, and it is given a hard time limit so a network call can never hang the suite.
 */
interface Report {
  ok: boolean;
  settings: { minified: boolean; minifyWXML: boolean; minifyWXSS: boolean };
  quality: { items: { name: string; success: boolean; text: string }[]; checkerErrors: string[] };
  compiled: { fileCount: number; pages: number; missing: string[]; wxmlBytes: number; distWxmlBytes: number };
  taroMinified: { checked: number; notMinified: string[] };
  failures: string[];
}

const SCRIPT_TIMEOUT_MS = 240000;

test(
  'checkCodeQuality passes every item and getCompiledResult holds every page',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recall-wechat-ci-'));
    const jsonFile = path.join(dir, 'report.json');
    try {
      const output = await new Promise<string>((resolve) => {
        execFile(
          process.execPath,
          [path.join(__dirname, 'wechat-ci.js'), '--json', jsonFile],
          { encoding: 'utf8', timeout: SCRIPT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
          (err, stdout, stderr) => resolve(`${stdout}${stderr}${err && err.killed ? '\n(killed: time limit)' : ''}`),
        );
      });
      // miniprogram-ci's own progress lines are left out; the summary stays.
      console.log(
        output
          .split('\n')
          .filter((l) => !/^\[(summer-compiler|miniprogram-builder)\]|^serialize |^Initial scan complete/.test(l))
          .join('\n'),
      );
      expect(fs.existsSync(jsonFile)).toBe(true);
      const report = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as Report;

      const names = report.quality.items.map((i) => i.name);
      expect(names).toEqual(
        expect.arrayContaining(['PACKAGE_SIZE_LIMIT', 'JS_COMPRESS_OPEN', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN']),
      );
      expect(report.quality.items.filter((i) => !i.success)).toEqual([]);
      expect(report.quality.checkerErrors).toEqual([]);
      expect(report.settings).toEqual({ minified: true, minifyWXML: true, minifyWXSS: true });

      expect(report.compiled.pages).toBeGreaterThan(0);
      expect(report.compiled.fileCount).toBeGreaterThan(report.compiled.pages * 3);
      expect(report.compiled.missing).toEqual([]);
      expect(report.compiled.wxmlBytes).toBeLessThan(report.compiled.distWxmlBytes);

      expect(report.taroMinified.checked).toBeGreaterThan(0);
      expect(report.taroMinified.notMinified).toEqual([]);

      expect(report.failures).toEqual([]);
      expect(report.ok).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  SCRIPT_TIMEOUT_MS + 30000,
);
