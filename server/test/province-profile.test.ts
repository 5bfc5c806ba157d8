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
  const write = (patch: (p: Record<string, any>) => void) => {
    const p = JSON.parse(JSON.stringify(getProvinceProfile('liaoning')));
    patch(p);
    fs.writeFileSync(path.join(dir, 'liaoning.json'), JSON.stringify(p));
    return path.join(dir, 'liaoning.json');
  };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each<[string, (p: Record<string, any>) => void, string]>([
    ['a required field missing', (p) => delete p.duties.openCase, 'duties.openCase：缺少此项（必填）'],
    [
      'an inconsistent duty',
      (p) => (p.duties.notices.recall_notice = 'city'),
      'duties.notices.recall_notice：立案由省局负责时案件由省局承办',
    ],
  ])('%s: refused, naming the file and the field', async (_what, patch, field) => {
    const file = write(patch);
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
