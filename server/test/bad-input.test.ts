import type { Application } from '@midwayjs/koa';
import { ZErrorBody, ZRecallImportResult } from '@recall/shared';
import { DataSource } from 'typeorm';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { usccOf } from './support/cases';
import { clueReport } from './support/clues';
import { startApp, TEST_DB, TestApp } from './support/app';
import { bearer, staff } from './support/users';

/**
 * Bad input, one row per class, against the real routes: each is a 4xx with the contract's body,
 * a Chinese message naming the field, and not one row written in any table.
 */
let t: TestApp;
let db: DataSource;
const tokens: Record<'consumer' | 'bureau' | 'producer', string> = { consumer: '', bureau: '', producer: '' };

beforeAll(async () => {
  t = await startApp();
  db = (await (t.app as Application).getApplicationContext().getAsync(RecallImportService)).db;
  tokens.consumer = (await t.http().post('/api/auth/dev').send({ deviceId: 'bad-input-consumer' })).body.token;
  tokens.bureau = await staff(t, { role: 'bureau', org: '320500', username: 'bad-bureau', password: 'bad-input-pass' });
  tokens.producer = await staff(t, {
    role: 'producer',
    org: usccOf('320505'),
    producerName: '苏州暖阳电器有限公司',
    username: 'bad-producer',
    password: 'bad-input-pass',
  });
});
afterAll(() => t.close());

/** Rows in every table of the app's database (migrations' own bookkeeping left out). */
async function rowCounts(): Promise<Record<string, number>> {
  const tables: Array<{ name: string }> =
    TEST_DB === 'mysql'
      ? await db.query(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'`,
        )
      : await db.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    if (name === 'migrations') continue;
    const [row] = await db.query(`SELECT COUNT(*) AS n FROM \`${name}\``);
    counts[name] = Number(row.n);
  }
  return counts;
}

type Who = keyof typeof tokens | 'anonymous';
interface Row {
  name: string;
  who: Who;
  method: 'get' | 'post';
  url: string;
  /** A JSON body, or raw text sent with `contentType`. */
  body?: unknown;
  raw?: string;
  contentType?: string;
  status: number;
  /** The field named (issue path) and the message, or only the message for errors of the whole request. */
  field?: string;
  message: string | RegExp;
}

const REGION_MISSING = '地区代码不存在（应为 GB/T 2260 中的县级以上行政区划代码）';

const rows: Row[] = [
  // The red team's findings
  {
    name: 'region code 999999',
    who: 'consumer',
    method: 'post',
    url: '/api/clues',
    body: clueReport({ regionCode: '999999' }),
    status: 400,
    field: 'regionCode',
    message: REGION_MISSING,
  },
  {
    name: 'region code 320599 (no such county in Suzhou)',
    who: 'consumer',
    method: 'post',
    url: '/api/clues',
    body: clueReport({ regionCode: '320599' }),
    status: 400,
    field: 'regionCode',
    message: REGION_MISSING,
  },
  {
    name: 'production date in 2099',
    who: 'consumer',
    method: 'post',
    url: '/api/clues',
    body: clueReport({ productionDate: '2099-01-01' }),
    status: 400,
    field: 'productionDate',
    message: '生产日期不能晚于今天',
  },
  {
    name: 'product name of zero-width characters',
    who: 'consumer',
    method: 'post',
    url: '/api/clues',
    body: clueReport({ productName: '\u200b\u200c\u200d\ufeff' }),
    status: 400,
    field: 'productName',
    message: '请填写产品名称',
  },
  {
    name: 'description of whitespace only',
    who: 'consumer',
    method: 'post',
    url: '/api/clues',
    body: clueReport({ description: '\u3000 \n\t\u2060' }),
    status: 400,
    field: 'description',
    message: '请填写问题描述',
  },
  {
    name: 'channel count of 2^31',
    who: 'producer',
    method: 'post',
    url: '/api/cases/1/channel-counts',
    body: { channel: '客服热线', units: 2 ** 31 },
    status: 400,
    field: 'units',
    message: '完成数量最多 2000000000',
  },
  {
    name: 'remedy request quantity of 2^31',
    who: 'consumer',
    method: 'post',
    url: '/api/recalls/1/requests',
    body: { quantity: 2 ** 31, preferredRemedy: 'refund', contact: clueReport().contact },
    status: 400,
    field: 'quantity',
    message: '数量最多 1000',
  },
  {
    name: 'merge into clue 2^31',
    who: 'bureau',
    method: 'post',
    url: '/api/bureau/clues/1/merge',
    body: { intoClueId: 2 ** 31 },
    status: 400,
    field: 'intoClueId',
    message: '要合并到的线索不存在',
  },
  {
    name: 'case discovered in 2099',
    who: 'bureau',
    method: 'post',
    url: '/api/cases',
    body: {
      producerUscc: usccOf('320505'),
      producerName: '苏州暖阳电器有限公司',
      productName: '电暖器',
      categoryCode: '01',
      summary: '外壳过热',
      discoveredOn: '2099-12-31',
    },
    status: 400,
    field: 'discoveredOn',
    message: '发现日期不能晚于今天',
  },
  {
    name: 'anonymous with an invalid body',
    who: 'anonymous',
    method: 'post',
    url: '/api/clues',
    body: { productName: 1 },
    status: 401,
    message: '请先登录',
  },
  // Classes of bad input
  {
    name: 'wrong type',
    who: 'consumer',
    method: 'post',
    url: '/api/clues',
    body: clueReport({ productName: 123 }),
    status: 400,
    field: 'productName',
    message: '产品名称应为文本',
  },
  {
    name: 'missing required field',
    who: 'consumer',
    method: 'post',
    url: '/api/clues',
    body: clueReport({ productName: undefined }),
    status: 400,
    field: 'productName',
    message: '缺少产品名称',
  },
  {
    name: 'over-long string',
    who: 'consumer',
    method: 'post',
    url: '/api/clues',
    body: clueReport({ description: '烫'.repeat(2001) }),
    status: 400,
    field: 'description',
    message: '问题描述不能超过 2000 个字',
  },
  {
    name: 'bad enum value',
    who: 'consumer',
    method: 'post',
    url: '/api/clues',
    body: clueReport({ injury: 'hurt' }),
    status: 400,
    field: 'injury',
    message: '伤害程度应为 none、minor、serious 或 death',
  },
  {
    name: 'malformed JSON',
    who: 'consumer',
    method: 'post',
    url: '/api/clues',
    raw: '{"productName":',
    contentType: 'application/json',
    status: 400,
    message: '请求内容不是有效的 JSON',
  },
  {
    name: 'wrong content type',
    who: 'consumer',
    method: 'post',
    url: '/api/clues',
    raw: JSON.stringify(clueReport()),
    contentType: 'text/plain',
    status: 415,
    message: '不支持的请求内容类型（应为 application/json）',
  },
  {
    name: 'id in the path not a number',
    who: 'consumer',
    method: 'get',
    url: '/api/clues/abc',
    status: 400,
    field: 'id',
    message: '编号应为数字',
  },
  {
    name: 'id in the path negative',
    who: 'consumer',
    method: 'get',
    url: '/api/clues/-3',
    status: 400,
    field: 'id',
    message: '编号应为正整数',
  },
  {
    name: 'id in the path beyond any row',
    who: 'consumer',
    method: 'get',
    url: '/api/clues/99999999999',
    status: 400,
    field: 'id',
    message: '编号不存在',
  },
  {
    name: 'negative page number',
    who: 'anonymous',
    method: 'get',
    url: '/api/recalls?page=-1',
    status: 400,
    field: 'page',
    message: '页码最小为 1',
  },
  {
    name: 'huge page number',
    who: 'anonymous',
    method: 'get',
    url: '/api/recalls?page=99999999',
    status: 400,
    field: 'page',
    message: '页码最大为 10000',
  },
  {
    name: 'zero page size',
    who: 'anonymous',
    method: 'get',
    url: '/api/recalls?pageSize=0',
    status: 400,
    field: 'pageSize',
    message: '每页条数最小为 1',
  },
  {
    name: 'invalid USCC',
    who: 'consumer',
    method: 'post',
    url: '/api/clues',
    body: clueReport({ producerUscc: '91320505MA1XY2W3K0' }),
    status: 400,
    field: 'producerUscc',
    message: /^统一社会信用代码/,
  },
  {
    name: 'invalid USCC on an invitation',
    who: 'bureau',
    method: 'post',
    url: '/api/invitations',
    body: { producerUscc: '123', producerName: '某公司' },
    status: 400,
    field: 'producerUscc',
    message: /^统一社会信用代码/,
  },
  {
    name: 'invalid GTIN',
    who: 'consumer',
    method: 'post',
    url: '/api/follows',
    body: { gtin: '6901234567891' },
    status: 400,
    field: 'gtin',
    message: '商品条码无效：应为 8、12、13 或 14 位数字且校验位正确',
  },
  {
    name: 'invalid GTIN in a lookup',
    who: 'anonymous',
    method: 'get',
    url: '/api/recalls?gtin=12345',
    status: 400,
    field: 'gtin',
    message: '商品条码无效：应为 8、12、13 或 14 位数字且校验位正确',
  },
  {
    name: 'impossible date',
    who: 'consumer',
    method: 'post',
    url: '/api/clues',
    body: clueReport({ productionDate: '2026-02-30' }),
    status: 400,
    field: 'productionDate',
    message: '生产日期不是有效日期（格式 YYYY-MM-DD）',
  },
  {
    name: 'date in another format',
    who: 'anonymous',
    method: 'get',
    url: '/api/recalls?from=2026/01/01',
    status: 400,
    field: 'from',
    message: '开始日期不是有效日期（格式 YYYY-MM-DD）',
  },
  {
    name: 'number as text',
    who: 'producer',
    method: 'post',
    url: '/api/cases/1/channel-counts',
    body: { channel: '门店', units: '12' },
    status: 400,
    field: 'units',
    message: '完成数量应为数字',
  },
  {
    name: 'negative count',
    who: 'producer',
    method: 'post',
    url: '/api/cases/1/channel-counts',
    body: { channel: '门店', units: -1 },
    status: 400,
    field: 'units',
    message: '完成数量不能为负数',
  },
];

test.each(rows.map((r) => [r.name, r]))('%s', async (_name, row) => {
  const before = await rowCounts();
  let req = t.http()[row.method](row.url);
  if (row.who !== 'anonymous') req = req.set(bearer(tokens[row.who]));
  if (row.method === 'post') req = req.set('Idempotency-Key', `bad-input-${Date.now()}`);
  const res = await (row.raw !== undefined
    ? req.set('Content-Type', row.contentType!).send(row.raw)
    : row.body !== undefined
      ? req.send(row.body as object)
      : req);
  expect([res.status, res.body]).toEqual([row.status, expect.anything()]);
  const { error } = ZErrorBody.parse(res.body);
  expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
  if (row.field) {
    const issue = error.issues?.find((i) => i.path === row.field);
    expect(issue?.message).toEqual(typeof row.message === 'string' ? row.message : expect.stringMatching(row.message));
    expect(error.message).toContain(`字段 ${row.field}`);
  } else {
    expect(error.message).toEqual(typeof row.message === 'string' ? row.message : expect.stringMatching(row.message));
  }
  expect(await rowCounts()).toEqual(before);
});

test('an import file: each bad line is named with its reason and leaves no row, the good line is written', async () => {
  const line = (patch: object) =>
    JSON.stringify({
      recallNo: 'BAD-0001',
      title: '某电暖器召回',
      producerName: '苏州暖阳电器有限公司',
      productName: '电暖器',
      quantity: 10,
      categoryCode: '04',
      defect: '电源线过热',
      consequence: '可能引发火灾',
      remedy: '免费更换',
      startDate: '2026-03-01',
      ...patch,
    });
  const file = [
    line({ recallNo: 'BAD-0002', quantity: 2 ** 31 }),
    line({ recallNo: 'BAD-0003', productName: '\u200b\u200b' }),
    line({ recallNo: 'BAD-0004', productionFrom: '2099-01-01' }),
    '{"recallNo":',
    line({}),
  ].join('\n');
  const before = await rowCounts();
  const res = await t
    .http()
    .post('/api/recalls/import')
    .set(bearer(tokens.bureau))
    .attach('file', Buffer.from(file), 'recalls.jsonl');
  expect(res.status).toBe(200);
  expect(ZRecallImportResult.parse(res.body)).toEqual({
    imported: 1,
    updated: 0,
    unchanged: 0,
    rejected: [
      { line: 1, reason: 'quantity：召回数量最多 2000000000' },
      { line: 2, reason: 'productName：请填写产品名称' },
      { line: 3, reason: 'productionFrom：生产起始日期不能晚于今天' },
      { line: 4, reason: '不是有效的 JSON' },
    ],
  });
  const after = await rowCounts();
  expect(after.recall - before.recall).toBe(1);
  expect(
    (await db.query(`SELECT recallNo FROM recall WHERE recallNo LIKE 'BAD-%'`)).map(
      (r: { recallNo: string }) => r.recallNo,
    ),
  ).toEqual(['BAD-0001']);
});
