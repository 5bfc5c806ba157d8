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
  expect(again.stderr).toContain('用户名“suzhou-1”已被使用');
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

/**
 * TEST DATA: the "2027" below (01-01 off, Saturday 01-09 worked) is made up for this test
 * database; it is not the State Council's 2027 arrangement, which is not published yet.
 */
test('calendar:set enters a year a running server then counts with; bad dates are refused naming the field', async () => {
  const own = await freshDb('clicalendar');
  try {
    const bad = await admin(
      own.env,
      'calendar:set',
      '--year',
      '2027',
      '--holidays',
      '2027-01-01',
      '--workdays',
      '2027-01-04',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('调休上班日 2027-01-04 不是周六或周日');
    expect(bad.stderr).toContain('workdays.0');
    const set = await admin(
      own.env,
      'calendar:set',
      '--year',
      '2027',
      '--holidays',
      '2027-01-01',
      '--workdays',
      '2027-01-09',
    );
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('已录入 2027 年：节假日 1 天，调休上班 1 天');
    const list = await admin(own.env, 'calendar:list');
    expect(list.stdout).toMatch(/2026 {2}内置/);
    expect(list.stdout).toMatch(/2027 {2}已录入（管理命令/);
    const made = await admin(
      own.env,
      ...[
        'user:create',
        '--role',
        'admin',
        '--org',
        '320000',
        '--username',
        'cal-admin',
        '--password',
        'long-enough-3',
      ],
    );
    expect(made.code).toBe(0);
    const server = await startServer(own.env);
    try {
      const login = await fetch(`${server.url}/api/auth/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'cal-admin', password: 'long-enough-3' }),
      });
      const { token } = await login.json();
      const res = await fetch(`${server.url}/api/admin/calendar`, { headers: { authorization: `Bearer ${token}` } });
      const { years } = await res.json();
      expect(years.at(-1)).toMatchObject({ year: 2027, source: 'entered', workdays: ['2027-01-09'] });
    } finally {
      await server.stop();
    }
  } finally {
    await own.drop();
  }
});
