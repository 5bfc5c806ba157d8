import fs from 'fs';
import os from 'os';
import path from 'path';
import { getProvinceProfile } from '@recall/shared';
import { startApp } from './support/app';

/**
 * The province profile (config/provinces/<PROVINCE>.json, or PROVINCES_DIR) is read and checked
 * before the server starts: one that cannot be used stops the start, naming the file and the field.
 */
describe('the profile is checked when the server starts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provinces-'));
  /** Liaoning's profile with the field at a dotted path set to `value` (removed when undefined), as a file. */
  const write = (field: string, value: unknown) => {
    const p = JSON.parse(JSON.stringify(getProvinceProfile('liaoning'))) as Record<string, unknown>;
    const keys = field.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce((o, k) => o[k] as Record<string, unknown>, p);
    if (value === undefined) delete parent[last];
    else parent[last] = value;
    fs.writeFileSync(path.join(dir, 'liaoning.json'), JSON.stringify(p));
    return path.join(dir, 'liaoning.json');
  };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each<[string, string, unknown, string]>([
    ['a required field missing', 'duties.openCase', undefined, 'duties.openCase：缺少此项（必填）'],
    [
      'an inconsistent duty',
      'duties.notices.recall_notice',
      'city',
      'duties.notices.recall_notice：立案由省局负责时案件由省局承办',
    ],
  ])('%s: refused, naming the file and the field', async (_what, at, value, field) => {
    const file = write(at, value);
    const start = startApp({ PROVINCE: 'liaoning', PROVINCES_DIR: dir });
    await expect(start).rejects.toThrow(`省份配置 ${file} 无效`);
    await expect(start).rejects.toThrow(field);
  });

  test('a province without a profile: refused, saying where it looked', async () => {
    await expect(startApp({ PROVINCE: 'jilin', PROVINCES_DIR: dir })).rejects.toThrow(
      `未找到省份配置 ${path.join(dir, 'jilin.json')}`,
    );
  });
});
