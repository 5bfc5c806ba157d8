import {
  API,
  usccCheckCharacter,
  ZErrorBody,
  ZPublicStatistics,
  ZRecallImportLine,
  type DefectClass,
} from '@recall/shared';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { RecallIndexService } from '../src/recalls/recall-index.service';
import { Clue, RecallCase, RecallRequest } from '../src/db/entity';
import { units } from '../src/oversight/public-statistics';
import { startApp, TestApp } from './support/app';
import { bearer } from './support/users';
import { clueReport } from './support/clues';

/**
 * The public statistics (open data) reconcile with the published recalls, computed again here from
 * the fixture list alone; nothing unpublished, withdrawn, demo, out of province or personal shows.
 */
let t: TestApp;

const uscc = (division: string, n: number) => {
  const first17 = `91${division}MA${String(n).padStart(3, '0')}PQ2K`.slice(0, 17);
  return first17 + usccCheckCharacter(first17);
};

interface Fixture {
  no: string;
  division: string;
  producer: number;
  category: string;
  units: number;
  start: string;
  /** Left out of every public number. */
  withdrawn?: boolean;
  demo?: boolean;
  case: { bureau: string; voluntary: boolean; defectClass: DefectClass | null } | null;
  /** Units of remedy requests by status (completed and confirmed count as remedied). */
  requests?: Array<{ status: string; units: number }>;
}

const SZ = (voluntary: boolean, defectClass: DefectClass | null) => ({ bureau: '320500', voluntary, defectClass });
const NJ = (voluntary: boolean, defectClass: DefectClass | null) => ({ bureau: '320100', voluntary, defectClass });

const FIXTURES: Fixture[] = [
  // Suzhou: three published through cases, one withdrawn.
  {
    no: 'GK-01',
    division: '320505',
    producer: 1,
    category: '01',
    units: 1200,
    start: '2025-02-10',
    case: SZ(true, 'electrical'),
    requests: [
      { status: 'completed', units: 3 },
      { status: 'confirmed', units: 2 },
      { status: 'submitted', units: 5 },
    ],
  },
  {
    no: 'GK-02',
    division: '320505',
    producer: 1,
    category: '02',
    units: 340,
    start: '2025-05-03',
    case: SZ(false, 'mechanical'),
    requests: [{ status: 'disputed', units: 4 }],
  },
  {
    no: 'GK-03',
    division: '320506',
    producer: 2,
    category: '01',
    units: 95,
    start: '2025-11-20',
    case: SZ(true, 'chemical'),
    requests: [{ status: 'completed', units: 7 }],
  },
  {
    no: 'GK-04',
    division: '320505',
    producer: 3,
    category: '01',
    units: 88888,
    start: '2025-11-21',
    case: SZ(false, 'electrical'),
    withdrawn: true,
  },
  // Nanjing: one through a case, one published elsewhere (imported, producer registered there).
  {
    no: 'GK-05',
    division: '320102',
    producer: 4,
    category: '04',
    units: 510,
    start: '2025-08-08',
    case: NJ(true, null),
  },
  { no: 'GK-06', division: '320102', producer: 5, category: '02', units: 77, start: '2025-12-30', case: null },
  // Not counted: demo data, another province's producer, another year.
  {
    no: 'GK-07',
    division: '320102',
    producer: 6,
    category: '01',
    units: 66666,
    start: '2025-06-01',
    case: null,
    demo: true,
  },
  { no: 'GK-08', division: '440106', producer: 7, category: '01', units: 55555, start: '2025-06-02', case: null },
  {
    no: 'GK-09',
    division: '320505',
    producer: 1,
    category: '08',
    units: 12,
    start: '2024-03-03',
    case: SZ(true, 'other'),
  },
];

/** What no public number may show: personal data, and what only staff see. */
const SECRET = {
  unpublishedProduct: '未发布案件里的保密产品',
  consumerPhone: '13912345678',
  consumerName: '李四',
  clueText: '线索里写的家中情况',
};

async function seed() {
  const ctx = t.app.getApplicationContext();
  const importer = await ctx.getAsync(RecallImportService);
  const db = importer.db;
  for (const f of FIXTURES) {
    const producerUscc = uscc(f.division, f.producer);
    const line = ZRecallImportLine.parse({
      recallNo: f.no,
      title: `召回部分${f.no}产品`,
      producerName: `公开统计测试生产者${f.division}-${f.producer}`,
      producerUscc,
      productName: `产品${f.no}`,
      quantity: f.units,
      categoryCode: f.category,
      defect: '电源线绝缘不良',
      consequence: '可能导致触电',
      remedy: '免费更换',
      startDate: f.start,
    });
    await db.transaction(async (m) => {
      const caseRow = f.case
        ? await m.save(
            m.create(RecallCase, {
              bureauCode: f.case.bureau,
              producerUscc,
              producerName: line.producerName,
              productName: line.productName,
              brand: null,
              model: null,
              categoryCode: f.category,
              summary: '电源线绝缘不良',
              clueId: null,
              voluntary: f.case.voluntary,
              defectClass: f.case.defectClass,
              state: 'recalling',
              discoveredOn: '2025-01-01',
            }),
          )
        : null;
      const { id } = await importer.upsertWith(m, line, { actorId: null, demo: f.demo } as never, {
        caseId: caseRow?.id ?? null,
        defectClass: f.case?.defectClass ?? null,
        withdrawn: !!f.withdrawn,
      });
      if (caseRow) await m.update(RecallCase, caseRow.id, { recallId: id });
      for (const [k, q] of (f.requests ?? []).entries()) {
        await m.insert(RecallRequest, {
          recallId: id,
          userId: 2000 + k,
          status: q.status as RecallRequest['status'],
          quantity: q.units,
          preferredRemedy: 'replace',
          contactEnc: 'v1.fixture',
        });
      }
    });
  }
  // A case still under investigation: no recall published, so no public number.
  await db.getRepository(RecallCase).insert({
    bureauCode: '320500',
    producerUscc: uscc('320505', 9),
    producerName: '未发布案件的生产者',
    productName: SECRET.unpublishedProduct,
    categoryCode: '01',
    summary: '调查中',
    clueId: null,
    state: 'defect_investigation',
    discoveredOn: '2025-09-01',
  });
  // A consumer's clue with contact details.
  const consumer = (await t.http().post('/api/auth/dev').send({ deviceId: 'gk-consumer' })).body.token as string;
  const clue = await t
    .http()
    .post('/api/clues')
    .set(bearer(consumer))
    .send(
      clueReport({
        productName: SECRET.unpublishedProduct,
        description: SECRET.clueText,
        contact: { name: SECRET.consumerName, phone: SECRET.consumerPhone, address: '苏州市姑苏区人民路 1 号' },
      }),
    );
  expect(clue.status).toBe(201);
  expect(await db.getRepository(Clue).count()).toBe(1);
  await (await ctx.getAsync(RecallIndexService)).refresh();
}

const CITY_OF = (f: Fixture) => (f.case ? f.case.bureau : `${f.division.slice(0, 4)}00`);
const CITY_NAMES: Record<string, string> = { '320500': '苏州市', '320100': '南京市' };

/** The public numbers, computed from the fixture list alone. */
function expected(from: string, to: string) {
  const rows = FIXTURES.filter(
    (f) => !f.withdrawn && !f.demo && f.division.startsWith('32') && f.start >= from && f.start <= to,
  );
  const sum = (fs: Fixture[]) => fs.reduce((s, f) => s + f.units, 0);
  const producers = (fs: Fixture[]) => new Set(fs.map((f) => `${f.division}-${f.producer}`)).size;
  const group = (key: (f: Fixture) => string) => {
    const out: Record<string, { count: number; units: number }> = {};
    for (const f of rows) {
      const g = (out[key(f)] ??= { count: 0, units: 0 });
      g.count++;
      g.units += f.units;
    }
    return out;
  };
  const kind = (fs: Fixture[]) => ({ count: fs.length, units: sum(fs) });
  const run = rows.filter((f) => f.case);
  const completed = run
    .flatMap((f) => f.requests ?? [])
    .filter((q) => q.status === 'completed' || q.status === 'confirmed')
    .reduce((s, q) => s + q.units, 0);
  return {
    total: { count: rows.length, units: sum(rows), producers: producers(rows) },
    byKind: {
      主动召回: kind(rows.filter((f) => f.case?.voluntary)),
      责令召回: kind(rows.filter((f) => f.case && !f.case.voluntary)),
      其他渠道发布的召回: kind(rows.filter((f) => !f.case)),
    },
    byCategory: group((f) => f.category),
    byCity: Object.fromEntries(
      Object.entries(group(CITY_OF)).map(([code, g]) => [
        CITY_NAMES[code],
        { ...g, producers: producers(rows.filter((f) => CITY_OF(f) === code)) },
      ]),
    ),
    byDefectClass: group((f) => f.case?.defectClass ?? 'none'),
    completion: { recalls: run.length, involved: sum(run), completed },
  };
}

function asTables(s: ReturnType<typeof ZPublicStatistics.parse>) {
  const cu = (x: { count: number; units: number }) => ({ count: x.count, units: x.units });
  return {
    total: s.total,
    byKind: Object.fromEntries(s.byKind.map((k) => [k.name, cu(k)])),
    byCategory: Object.fromEntries(s.byCategory.map((c) => [c.code, cu(c)])),
    byCity: Object.fromEntries(s.byCity.map((c) => [c.name, { ...cu(c), producers: c.producers }])),
    byDefectClass: Object.fromEntries(s.byDefectClass.map((d) => [d.defectClass ?? 'none', cu(d)])),
    completion: { recalls: s.completion.recalls, involved: s.completion.involved, completed: s.completion.completed },
  };
}

const get = (period: string, headers: Record<string, string> = {}) =>
  t
    .http()
    .get(`${API.publicStatistics.statistics.path}?period=${encodeURIComponent(period)}`)
    .set(headers);

beforeAll(async () => {
  t = await startApp();
  await seed();
}, 120_000);
afterAll(() => t.close());

describe('public statistics reconcile with the published recalls', () => {
  test.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['2025-Q4', '2025-10-01', '2025-12-31'],
    ['2025-Q2', '2025-04-01', '2025-06-30'],
  ])('period %s, anonymous: every table equals the independent count', async (period, from, to) => {
    const res = await get(period);
    expect(res.status).toBe(200);
    const s = ZPublicStatistics.parse(res.body);
    expect(s.period).toEqual(expect.objectContaining({ key: period, from, to }));
    expect(asTables(s)).toEqual(expected(from, to));
    expect(s.total.count).toBeGreaterThan(0);
    expect(s.place).toBe('江苏省');
  });

  test('a year: two cities by name, its quarters, the completion rate and the notice sentence', async () => {
    const s = ZPublicStatistics.parse((await get('2025')).body);
    const e = expected('2025-01-01', '2025-12-31');
    expect(s.byCity.map((c) => c.name)).toEqual(['南京市', '苏州市']);
    expect(s.byQuarter.map((q) => [q.label, q.count, q.units])).toEqual([
      ['第一季度', 1, 1200],
      ['第二季度', 1, 340],
      ['第三季度', 1, 510],
      ['第四季度', 2, 95 + 77],
    ]);
    // Remedied: 3 + 2 (GK-01) + 7 (GK-03); the disputed and the submitted ones do not count.
    expect(s.completion).toEqual({ recalls: 4, involved: 1200 + 340 + 95 + 510, completed: 12, rate: 0.6 });
    expect(s.summary).toBe(
      `2025年，全省共实施消费品召回${e.total.count}次，涉及产品${e.total.units}件，涉及生产企业${e.total.producers}家。` +
        '其中，主动召回3次、涉及产品1805件；责令召回1次、涉及产品340件；其他渠道发布的召回1次、涉及产品77件。' +
        '从产品类别看，召回数量最多的是电子电器，涉及产品1295件，占召回总数量的58.3%。' +
        '在本平台实施的4次召回涉及产品2145件，已完成召回12件，完成率0.6%。',
    );
    expect(s.years).toEqual(expect.arrayContaining(['2025', '2024']));
    expect(units(2318100)).toBe('231.81万');
    expect(units(9999)).toBe('9999');
  });

  test('no personal data, nothing unpublished, withdrawn, demo or of another province', async () => {
    const res = await get('2025');
    const text = res.text;
    for (const secret of Object.values(SECRET)) expect(text).not.toContain(secret);
    for (const f of FIXTURES) {
      expect(text).not.toContain(f.no);
      expect(text).not.toContain(`公开统计测试生产者${f.division}-${f.producer}`);
      expect(text).not.toContain(uscc(f.division, f.producer));
    }
    // The withdrawn (88888), demo (66666) and Guangdong (55555) recalls leave no trace in any number.
    for (const n of ['88888', '66666', '55555']) expect(text).not.toContain(n);
    expect(text).not.toMatch(/contact|phone|userId|clue|广东/i);
    expect(Object.keys(res.body).sort()).toEqual(
      [
        'period',
        'place',
        'asOf',
        'summary',
        'total',
        'byKind',
        'byCategory',
        'byCity',
        'byDefectClass',
        'byQuarter',
        'completion',
        'years',
      ].sort(),
    );
  });

  test('cached with an ETag: 304 when unchanged, new numbers when a recall is published', async () => {
    const first = await get('2025-Q1');
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await get('2025-Q1', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
    const importer = await t.app.getApplicationContext().getAsync(RecallImportService);
    const added = await importer.importText(
      JSON.stringify({
        recallNo: 'GK-10',
        title: '召回部分GK-10产品',
        producerName: '公开统计测试生产者320102-8',
        producerUscc: uscc('320102', 8),
        productName: '产品GK-10',
        quantity: 40,
        categoryCode: '01',
        defect: '外壳过热',
        consequence: '可能烫伤',
        remedy: '免费维修',
        startDate: '2025-01-15',
      }),
      { actorId: null },
    );
    expect(added.imported).toBe(1);
    const after = await get('2025-Q1', { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(ZPublicStatistics.parse(after.body).total).toEqual({ count: 2, units: 1240, producers: 2 });
  });

  test('open data as CSV: one row per figure, the same numbers', async () => {
    const res = await t.http().get(`${API.publicStatistics.csv.path}?period=2025-Q4`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(decodeURIComponent(res.headers['content-disposition'])).toContain('2025年第四季度江苏省消费品召回统计.csv');
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('统计期间,统计项,名称,召回次数,涉及产品数量（件）,生产企业（家）');
    const e = expected('2025-10-01', '2025-12-31');
    expect(lines).toContain(`2025年第四季度,合计,江苏省,${e.total.count},${e.total.units},${e.total.producers}`);
    expect(lines).toContain('2025年第四季度,地区,南京市,1,77,1');
    expect(lines).toContain('2025年第四季度,地区,苏州市,1,95,1');
    expect(res.text).not.toContain(SECRET.consumerPhone);
  });

  test.each([
    ['2025-13', '统计期间格式不正确：年如 2026，季度如 2026-Q3'],
    ['2025-07-01~2025-09-30', '统计期间格式不正确'],
    ['上半年', '统计期间格式不正确：年如 2026，季度如 2026-Q3'],
    ['1999', '统计期间的年份应在 2000 至 2100 之间'],
  ])('a bad period (%s) is a 400 naming the field', async (period, message) => {
    const res = await get(period);
    expect(res.status).toBe(400);
    const issue = ZErrorBody.parse(res.body).error.issues![0];
    expect(issue.path).toBe('period');
    expect(issue.message).toContain(message);
  });

  test('no period is a 400 naming the field', async () => {
    const res = await t.http().get(API.publicStatistics.statistics.path);
    expect(res.status).toBe(400);
    expect(ZErrorBody.parse(res.body).error.issues![0]).toEqual({ path: 'period', message: '请填写统计期间' });
  });

  test('listed on the open-data page and in the OpenAPI document', async () => {
    const docs = await t.http().get('/api/docs');
    expect(docs.text).toContain(`GET ${API.publicStatistics.statistics.path}`);
    expect(docs.text).toContain(`GET ${API.publicStatistics.csv.path}`);
    const spec = (await t.http().get('/api/openapi.json')).body as { paths: Record<string, { get: object }> };
    expect(spec.paths['/api/public/statistics'].get).toMatchObject({
      summary: API.publicStatistics.statistics.summary,
    });
  });
});
