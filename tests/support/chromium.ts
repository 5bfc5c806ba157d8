import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

/**
 * What the end-to-end suites need from the machine: a Chromium and, for honest screenshots,
 * a CJK font. The browser is looked for in order: CHROMIUM_PATH; a system Chrome or Chromium
 * on PATH or in its usual place; the one shipped in the @sparticuz/chromium npm package.
 */
const ROOT = path.resolve(__dirname, '../..');
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const USUAL = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/lib/chromium/chromium',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
];

export interface FoundBrowser {
  path: string;
  /** Where it was found, for the log line. */
  source: string;
}

function executable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function fromEnv(env: NodeJS.ProcessEnv): FoundBrowser | undefined {
  const file = env.CHROMIUM_PATH;
  if (!file) return undefined;
  if (executable(file)) return { path: file, source: 'CHROMIUM_PATH' };
  console.warn(`CHROMIUM_PATH=${file} is not an executable file; looking further`);
  return undefined;
}

function onPath(env: NodeJS.ProcessEnv): FoundBrowser | undefined {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of NAMES) {
    const dir = dirs.find((d) => executable(path.join(d, name)));
    if (dir) return { path: path.join(dir, name), source: `system, '${name}' on PATH` };
  }
  return undefined;
}

function inUsualPlace(): FoundBrowser | undefined {
  const file = USUAL.find(executable);
  return file ? { path: file, source: 'system, usual location' } : undefined;
}

/** The package is an ES module: a child process imports it (and unpacks the binary once, to /tmp). */
function fromNpmPackage(): FoundBrowser {
  const script =
    "const { default: c } = await import('@sparticuz/chromium'); process.stdout.write(await c.executablePath());";
  try {
    const file = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { path: file.trim(), source: 'npm package @sparticuz/chromium' };
  } catch (e) {
    const err = e as Error & { stderr?: string };
    const reason = err.stderr?.split('\n').find((l) => /Error/.test(l)) ?? err.message;
    throw new Error(
      `No Chromium found: no usable CHROMIUM_PATH, none of ${NAMES.join(', ')} on PATH or in ${USUAL.join(', ')}, ` +
        `and the one in @sparticuz/chromium could not be unpacked (did npm ci run?): ${reason}`,
    );
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  return fromEnv(env) ?? onPath(env) ?? inUsualPlace() ?? fromNpmPackage();
}

/** A font family fontconfig offers for Chinese, or undefined when there is none (or no fc-list). */
export function findCjkFont(): string | undefined {
  try {
    const out = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
    const first = out.split('\n').find((l) => l.trim());
    return first?.split(',')[0].trim();
  } catch {
    return undefined;
  }
}
