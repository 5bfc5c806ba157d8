import { spawnSync } from 'child_process';

/**
 * Suites that need a service this machine may lack (MariaDB for several processes or a database
 * outage, Redis for shared counters). CI (.ci/run sets TEST_DB=mysql) starts both and requires
 * them: there an unreachable service fails the suite. Elsewhere such a suite reports "not run"
 * (skipped, with a line saying why), never "passed".
 */
export const SERVICES_REQUIRED = process.env.TEST_DB === 'mysql';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const MYSQL_URL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

/** Whether a TCP connection to the URL's host and port opens within two seconds (decided before jest collects tests). */
export function listening(url: string, defaultPort: number): boolean {
  const u = new URL(url);
  const probe = `require('net').connect(${Number(u.port || defaultPort)}, ${JSON.stringify(u.hostname)})
    .on('connect', () => process.exit(0)).on('error', () => process.exit(1)).setTimeout(2000, () => process.exit(1))`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 5000 }).status === 0;
}

/**
 * `describe` when the named services listen or are required; otherwise `describe.skip`, saying so.
 * Required and unreachable, the suite runs and fails on the connection, as it should.
 */
export function describeWith(services: Array<'mariadb' | 'redis'>): jest.Describe {
  const missing = services.filter((s) => (s === 'redis' ? !listening(REDIS_URL, 6379) : !listening(MYSQL_URL, 3306)));
  if (!missing.length || SERVICES_REQUIRED) return describe;
  console.log(
    `not run: needs ${missing.join(' and ')} (unreachable here; TEST_DB=mysql, as .ci/run sets, requires it)`,
  );
  return describe.skip;
}
