import { admin, freshDb, Db } from '../support/server';

let db: Db;
beforeAll(async () => {
  db = await freshDb('cli');
});
afterAll(() => db.drop());

test('user:create provisions a bureau account, then refuses the same username twice', async () => {
  const args = [
    'user:create',
    '--role',
    'bureau',
    '--org',
    '320500',
    '--username',
    'suzhou-1',
    '--password',
    'long-enough-1',
  ];
  const first = await admin(db.env, ...args);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/已创建用户 #\d+ suzhou-1（bureau，机构 320500）/);
  const again = await admin(db.env, ...args);
  expect(again.code).toBe(1);
  expect(again.stderr).toContain('用户名 suzhou-1 已存在');
});

test('an unknown bureau code and a USCC with a wrong check character are refused with the reason', async () => {
  const bureau = await admin(
    db.env,
    'user:create',
    '--role',
    'bureau',
    '--org',
    '329900',
    '--username',
    'ghost',
    '--password',
    'long-enough-1',
  );
  expect(bureau.code).toBe(1);
  expect(bureau.stderr).toContain('没有行政区划代码为 329900 的市场监管局');
  const producer = await admin(
    db.env,
    'user:create',
    '--role',
    'producer',
    '--org',
    '91110000802100433C',
    '--username',
    'cs-1',
    '--password',
    'long-enough-1',
  );
  expect(producer.code).toBe(1);
  expect(producer.stderr).toContain('统一社会信用代码校验位不正确');
});

test('an unknown command prints the usage', async () => {
  const r = await admin(db.env, 'user:delete');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('未知命令：user:delete');
  expect(r.stderr).toContain('npm run admin -- user:create');
});
