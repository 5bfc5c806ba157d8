import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SERVICES_REQUIRED } from './services';

const has = (cmd: string): boolean => {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** LibreOffice and poppler are here, or required (CI, TEST_DB=mysql): then a missing tool fails the suite. */
export function describeWithLibreOffice(): jest.Describe {
  if ((has('soffice') && has('pdftotext')) || SERVICES_REQUIRED || process.env.CI) return describe;
  console.log('not run: needs soffice and pdftotext (.ci/run installs them)');
  return describe.skip;
}

/**
 * Opens each DOCX in LibreOffice (one soffice run, its own profile so parallel runs do not collide),
 * prints it to PDF and returns the PDF's text, in the order given.
 */
export function pdfTextsOf(docs: Buffer[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'recall-lo-'));
  try {
    const files = docs.map((d, i) => {
      const file = join(dir, `doc${i}.docx`);
      writeFileSync(file, d);
      return file;
    });
    execFileSync('soffice', [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files,
    ]);
    return docs.map((_, i) => {
      execFileSync('pdftotext', ['-layout', join(dir, `doc${i}.pdf`), join(dir, `doc${i}.txt`)]);
      return readFileSync(join(dir, `doc${i}.txt`), 'utf8');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
