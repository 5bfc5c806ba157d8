import { admin, databaseDescription, freshDb, Db, startServer } from '../support/server';

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

test('an account the CLI creates with a DATA_DIR signs in on a server started with that DATA_DIR; the CLI names the database', async () => {
  const own = await freshDb('clisignin');
  try {
    const created = await admin(
      own.env,
      'user:create',
      '--role',
      'bureau',
      '--org',
      '320200',
      '--username',
      'wuxi-desk',
      '--password',
      'long-enough-2',
      '--name',
      '李科员',
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`数据库：${databaseDescription(own.env)}`);
    const server = await startServer(own.env);
    try {
      const login = await fetch(`${server.url}/api/auth/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'wuxi-desk', password: 'long-enough-2' }),
      });
      expect(login.status).toBe(200);
      const { token } = await login.json();
      const me = await (await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } })).json();
      expect(me).toMatchObject({
        role: 'bureau',
        displayName: '李科员',
        org: { code: '320200', name: '无锡市市场监督管理局' },
      });
    } finally {
      await server.stop();
    }
  } finally {
    await own.drop();
  }
});
