import { spawnSync } from 'child_process';
import path from 'path';

/**
 * The server's placement rule is enforced by `npm run lint` (.config/eslint.config.mjs): an import
 * that runs back up the layers, or one that closes a cycle, is an error. Proven here on code that
 * breaks it, linted as if it stood in the tree.
 */
const root = path.resolve(__dirname, '../..');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');

/** ESLint's CLI (as `npm run lint` runs it) on `code` given as the content of `file`. */
async function problems(file: string, code: string): Promise<string[]> {
  const args = [eslintBin, '-c', '.config/eslint.config.mjs', '-f', 'json', '--stdin', '--stdin-filename', file];
  const r = spawnSync('node', args, { cwd: root, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

test('core importing a feature is refused', async () => {
  expect(
    await problems(
      'server/src/core/sneaky.ts',
      "import { CaseService } from '../cases/case.service';\nexport const x = CaseService;\n",
    ),
  ).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"core".*"cases"/)]);
});

test('a feature importing a feature above it is refused; one below it is allowed', async () => {
  const up = "import { CaseService } from '../cases/case.service';\nexport const x = CaseService;\n";
  const down = "import { NotifyService } from '../notify/notify.service';\nexport const x = NotifyService;\n";
  expect(await problems('server/src/clues/sneaky.ts', up)).toEqual([expect.stringMatching(/"clues".*"cases"/)]);
  expect(await problems('server/src/clues/sneaky.ts', down)).toEqual([]);
});

test('an import that closes a cycle is refused', async () => {
  // core/auth.ts imports core/errors.ts; errors importing auth back closes the loop.
  const code = "import { Auth } from './auth';\nexport const x = Auth;\n";
  expect(await problems('server/src/core/errors.ts', code)).toEqual([expect.stringMatching(/^import-x\/no-cycle/)]);
});
