import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { DOC_TYPES, DOC_TYPE_KEYS } from '@recall/shared';
import { renderDocx } from '../src/documents/docx';
import { inputOf } from './support/doc-inputs';
import { docxText } from './support/docx-text';

/**
 * Every workflow document against its golden text (test/golden/<annex>-<title>.txt), read against
 * the templates of seed 001. After an intended change: GOLDEN=update, then review the diff.
 */
const DIR = join(__dirname, 'golden');

describe('documents read as their golden text', () => {
  test.each(DOC_TYPE_KEYS)('%s', async (type) => {
    const meta = DOC_TYPES[type];
    const file = join(DIR, `${meta.annex ? `附件${meta.annex}-` : ''}${meta.title}.txt`);
    const text = await docxText(await renderDocx(inputOf(type)));
    if (process.env.GOLDEN === 'update') {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, text);
    }
    expect(existsSync(file)).toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
