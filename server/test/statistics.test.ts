import ExcelJS from 'exceljs';
import {
  quarterOf,
  todayInShanghai,
  usccCheckCharacter,
  ZErrorBody,
  ZRecallImportLine,
  ZStatisticsResponse,
  ZStatisticsCharts,
  ZCaseView,
  type DefectClass,
  type TStatisticsResponse,
} from '@recall/shared';
import { RecallImportService } from '../src/recalls/recall-import.service';
import { Recall, RecallCase, RecallRequest } from '../src/db/entity';
import { clueReport } from './support/clues';
import { caseApi, forms } from './support/cases';
import { startApp, TestApp } from './support/app';
import { bearer, staff } from './support/users';
import { describeWithLibreOffice, pdfTextsOf } from './support/libreoffice';

/**
 * The statistics reconcile with the records: fixtures are generated from a seed, written through the
 * import and the entities, and every table the API answers is computed again here, independently,
 * from the fixture list itself.
 */
let t: TestApp;
let province: string;
let suzhou: string;

const uscc = (division: string, n: number) => {
  const first17 = `91${division}MA${String(n).padStart(3, '0')}XY2K`.slice(0, 17);
  return first17 + usccCheckCharacter(first17);
};

/** A tiny deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

interface Fixture {
  no: string;
  division: string;
  producer: number;
  category: string;
  units: number;
  start: string;
  withdrawn: boolean;
  /** A case of this bureau, voluntary or ordered, or none (imported). */
  case: { bureau: string; voluntary: boolean; defectClass: DefectClass | null } | null;
  /** Units of remedy requests by status. */
  requests: Array<{ status: string; units: number }>;
}

const DIVISIONS = ['320505', '320102', '320211', '320612', '440106']; // the last is in Guangdong
const CLASSES: Array<DefectClass | null> = ['mechanical', 'electrical', 'chemical', 'other', null];
const STATUSES = ['submitted', 'scheduled', 'completed', 'confirmed', 'disputed'];

function fixtures(): Fixture[] {
  const r = random(20261126);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: 36 }, (_, i) => {
    const division = pick(DIVISIONS);
    const hasCase = division !== '440106' && r() < 0.6;
    const month = pick(['08', '09', '10', '11', '12']);
    return {
      no: `TJ-2025-${String(i).padStart(3, '0')}`,
      division,
      producer: Math.floor(r() * 6),
      category: pick(['01', '02', '04', '08']),
      units: 10 + Math.floor(r() * 5000),
      start: `2025-${month}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
      withdrawn: r() < 0.08,
      case: hasCase ? { bureau: `${division.slice(0, 4)}00`, voluntary: r() < 0.5, defectClass: pick(CLASSES) } : null,
      requests: hasCase
        ? Array.from({ length: Math.floor(r() * 4) }, () => ({
            status: pick(STATUSES),
            units: 1 + Math.floor(r() * 3),
          }))
        : [],
    };
  });
}

const FIXTURES = fixtures();

async function seed() {
  const ctx = t.app.getApplicationContext();
  const importer = await ctx.getAsync(RecallImportService);
  const db = importer.db;
  for (const f of FIXTURES) {
    const producerUscc = uscc(f.division, f.producer);
    const line = ZRecallImportLine.parse({
      recallNo: f.no,
      title: `召回部分${f.no}产品`,
      producerName: `统计测试生产者${f.division}-${f.producer}`,
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
              discoveredOn: '2025-07-01',
            }),
          )
        : null;
      const { id } = await importer.upsertWith(m, line, { actorId: null } as never, {
        caseId: caseRow?.id ?? null,
        defectClass: f.case?.defectClass ?? null,
        withdrawn: f.withdrawn,
      });
      if (caseRow) await m.update(RecallCase, caseRow.id, { recallId: id });
      for (const [k, q] of f.requests.entries()) {
        await m.insert(RecallRequest, {
          recallId: id,
          userId: 1000 + k,
          status: q.status as RecallRequest['status'],
          quantity: q.units,
          preferredRemedy: 'replace',
          contactEnc: 'v1.fixture',
        });
      }
    });
  }
  return db;
}

/** The same tables, computed from the fixture list alone. */
function expected(from: string, to: string, city?: string) {
  const cityOf = (f: Fixture) => (f.case ? f.case.bureau : `${f.division.slice(0, 4)}00`);
  const rows = FIXTURES.filter(
    (f) =>
      !f.withdrawn && f.start >= from && f.start <= to && f.division.startsWith('32') && (!city || cityOf(f) === city),
  );
  const sum = (fs: Fixture[]) => fs.reduce((s, f) => s + f.units, 0);
  const groups = (key: (f: Fixture) => string) => {
    const out: Record<string, Fixture[]> = {};
    for (const f of rows) (out[key(f)] ??= []).push(f);
    return out;
  };
  const producers = (fs: Fixture[]) => new Set(fs.map((f) => `${f.division}-${f.producer}`)).size;
  const table = (g: Record<string, Fixture[]>) =>
    Object.fromEntries(Object.entries(g).map(([k, fs]) => [k, { count: fs.length, units: sum(fs) }]));
  const done = rows.flatMap((f) => f.requests.filter((q) => q.status === 'completed' || q.status === 'confirmed'));
  const involved = sum(rows.filter((f) => f.case));
  const completed = done.reduce((s, q) => s + q.units, 0);
  return {
    total: { count: rows.length, units: sum(rows), producers: producers(rows) },
    byCategory: table(groups((f) => f.category)),
    byCity: Object.fromEntries(
      Object.entries(groups(cityOf)).map(([k, fs]) => [
        k,
        { count: fs.length, units: sum(fs), producers: producers(fs) },
      ]),
    ),
    byDefectClass: table(groups((f) => f.case?.defectClass ?? 'none')),
    byKind: {
      voluntary: table({ x: rows.filter((f) => f.case?.voluntary) }).x ?? { count: 0, units: 0 },
      ordered: table({ x: rows.filter((f) => f.case && !f.case.voluntary) }).x ?? { count: 0, units: 0 },
      imported: table({ x: rows.filter((f) => !f.case) }).x ?? { count: 0, units: 0 },
    },
    completion: { involved, completed },
    largest: [...rows].sort((a, b) => b.units - a.units)[0]?.no,
  };
}

function asTables(s: TStatisticsResponse) {
  const by = <T extends { count: number; units: number }>(xs: T[], key: (x: T) => string) =>
    Object.fromEntries(xs.map((x) => [key(x), { count: x.count, units: x.units }]));
  return {
    total: s.recalls.total,
    byCategory: by(s.recalls.byCategory, (x) => x.code),
    byCity: Object.fromEntries(
      s.recalls.byCity.map((x) => [x.code, { count: x.count, units: x.units, producers: x.producers }]),
    ),
    byDefectClass: by(s.recalls.byDefectClass, (x) => x.defectClass ?? 'none'),
    byKind: s.recalls.byKind,
    completion: { involved: s.completion.involved, completed: s.completion.completed },
    largest: s.typical[0]?.title.replace(/^召回部分(.*)产品$/, '$1'),
  };
}

const get = (token: string, query: string) => t.http().get(`/api/statistics?${query}`).set(bearer(token));

beforeAll(async () => {
  t = await startApp();
  province = await staff(t, { role: 'province', org: '320000', username: 'tj-province', password: 'tongji-pass1' });
  suzhou = await staff(t, { role: 'bureau', org: '320500', username: 'tj-suzhou', password: 'tongji-pass1' });
  await seed();
}, 120_000);
afterAll(() => t.close());

describe('statistics reconcile with the records', () => {
  test.each([
    ['2025-Q4', '2025-10-01', '2025-12-31'],
    ['2025-Q3', '2025-07-01', '2025-09-30'],
    ['2025', '2025-01-01', '2025-12-31'],
    ['2025-11', '2025-11-01', '2025-11-30'],
    ['2025-08-15~2025-10-20', '2025-08-15', '2025-10-20'],
  ])('the province, period %s: every table equals the independent count', async (period, from, to) => {
    const res = await get(province, `period=${encodeURIComponent(period)}`);
    expect(res.status).toBe(200);
    const s = ZStatisticsResponse.parse(res.body);
    expect(s.period).toMatchObject({ from, to });
    expect(asTables(s)).toEqual(expected(from, to));
    expect(s.recalls.total.count).toBeGreaterThan(0); // the fixtures reach into every period asked
    // Guangdong's producer is not this province's: none of its recalls is counted.
    expect(s.recalls.byCity.map((c) => c.code).filter((c) => !c.startsWith('32'))).toEqual([]);
  });

  test('one city: the province may choose it; the table names it', async () => {
    const s = ZStatisticsResponse.parse((await get(province, 'period=2025&city=320100')).body);
    expect(s.city).toEqual({ code: '320100', name: '南京市' });
    expect(asTables(s)).toEqual(expected('2025-01-01', '2025-12-31', '320100'));
  });

  test('a city bureau sees its own city, and is refused another one', async () => {
    const own = ZStatisticsResponse.parse((await get(suzhou, 'period=2025')).body);
    expect(own.city).toEqual({ code: '320500', name: '苏州市' });
    expect(asTables(own)).toEqual(expected('2025-01-01', '2025-12-31', '320500'));
    const other = await get(suzhou, 'period=2025&city=320100');
    expect(other.status).toBe(403);
    expect(ZErrorBody.parse(other.body).error.message).toBe('市级市场监管局只能查看本市的统计');
  });

  test('defect classes read in Chinese, unclassified recalls apart', async () => {
    const s = ZStatisticsResponse.parse((await get(province, 'period=2025')).body);
    const names = Object.fromEntries(s.recalls.byDefectClass.map((x) => [x.defectClass ?? 'none', x.name]));
    expect(names).toMatchObject({
      mechanical: '机械物理类',
      electrical: '电气安全类',
      chemical: '化学类',
      none: '未分类',
    });
  });

  test('clues of this quarter: by source and city, and how many became cases and recalls', async () => {
    const consumer = (await t.http().post('/api/auth/dev').send({ deviceId: 'tj-consumer' })).body.token as string;
    const report = (division: string) =>
      clueReport({ producerUscc: uscc(division, 9), description: '充电时外壳发烫变形。', regionCode: '320102' });
    const sent = [
      await t.http().post('/api/clues').set(bearer(consumer)).send(report('320505')),
      await t.http().post('/api/clues').set(bearer(consumer)).send(report('320505')),
      await t.http().post('/api/clues').set(bearer(consumer)).send(report('320102')),
      await t
        .http()
        .post('/api/bureau/clues')
        .set(bearer(suzhou))
        .send({ ...report('320505'), source: 'sampling', contact: undefined }),
    ];
    expect(sent.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    // The first Suzhou clue became a case, and that case a recall.
    const db = (await t.app.getApplicationContext().getAsync(RecallImportService)).db;
    const recall = await db.getRepository(Recall).findOneByOrFail({ recallNo: FIXTURES[0].no });
    await db.getRepository(RecallCase).insert({
      bureauCode: '320500',
      producerUscc: uscc('320505', 9),
      producerName: '线索测试生产者',
      productName: '充电宝',
      categoryCode: '01',
      summary: '外壳发烫变形',
      clueId: sent[0].body.id,
      state: 'recalling',
      discoveredOn: todayInShanghai(),
      recallId: recall.id,
    });
    const s = ZStatisticsResponse.parse((await get(province, `period=${quarterOf(todayInShanghai())}`)).body);
    expect(s.clues.total).toBe(4);
    expect(s.clues.bySource.map((x) => [x.name, x.count])).toEqual([
      ['消费者报告', 3],
      ['监督抽查', 1],
    ]);
    expect(s.clues.byCity.map((x) => [x.name, x.count, x.cases, x.recalls])).toEqual([
      ['南京市', 1, 0, 0],
      ['苏州市', 3, 1, 1],
    ]);
    expect([s.clues.becameCases, s.clues.becameRecalls]).toEqual([1, 1]);
  });
});

describe('clues by channel, and across provinces', () => {
  test('each channel and each crossing counted once, as the records independently say', async () => {
    const period = quarterOf(todayInShanghai());
    const before = ZStatisticsResponse.parse((await get(province, `period=${period}`)).body).clues;
    const consumer = (await t.http().post('/api/auth/dev').send({ deviceId: 'tj-channel' })).body.token as string;
    const report = (patch: object = {}) =>
      clueReport({ producerUscc: uscc('320505', 8), description: '插头处有焦痕。', regionCode: '320505', ...patch });
    const sent = [
      await t
        .http()
        .post('/api/clues')
        .set(bearer(consumer))
        .send(report({ channel: 'weapp' })),
      await t
        .http()
        .post('/api/clues')
        .set(bearer(consumer))
        .send(report({ channel: 'weapp' })),
      await t
        .http()
        .post('/api/clues')
        .set(bearer(consumer))
        .send(report({ channel: 'h5' })),
      // Its producer is in Shanghai: the province passes it on.
      await t
        .http()
        .post('/api/clues')
        .set(bearer(consumer))
        .send(report({ producerUscc: uscc('310115', 8) })),
      await t
        .http()
        .post('/api/bureau/clues')
        .set(bearer(province))
        .send({ ...report(), source: 'otherProvince', fromProvinceCode: '330000', contact: undefined }),
    ];
    expect(sent.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const bad = await t
      .http()
      .post('/api/clues')
      .set(bearer(consumer))
      .send(report({ channel: 'fax' }));
    expect(bad.status).toBe(400);
    expect(ZErrorBody.parse(bad.body).error.issues![0].path).toBe('channel');
    const passed = await t
      .http()
      .post(`/api/province/clues/${sent[3].body.id}/pass-on`)
      .set(bearer(province))
      .send({ provinceCode: '310000', contact: '上海市市场监管局缺陷产品管理处', note: '生产者在上海市' });
    expect(passed.status).toBe(201);

    const s = ZStatisticsResponse.parse((await get(province, `period=${period}`)).body).clues;
    const delta = (after: typeof s.byChannel, key: string) =>
      (after.find((x) => x.channel === key)?.count ?? 0) -
      (before.byChannel.find((x) => x.channel === key)?.count ?? 0);
    expect(
      Object.fromEntries(['weapp', 'h5', 'consumer', 'staff', 'otherProvince'].map((k) => [k, delta(s.byChannel, k)])),
    ).toEqual({ weapp: 2, h5: 1, consumer: 1, staff: 0, otherProvince: 1 });
    expect(s.byChannel.find((x) => x.channel === 'weapp')!.name).toBe('微信小程序');
    expect(s.byChannel.find((x) => x.channel === 'otherProvince')!.name).toBe('外省移送');
    expect(s.crossProvince).toEqual({
      passedOut: before.crossProvince.passedOut + 1,
      received: before.crossProvince.received + 1,
    });
    expect(s.bySource.find((x) => x.source === 'otherProvince')).toMatchObject({ name: '外省移送', count: 1 });

    // The whole channel table against the records, counted by the database itself.
    const db = (await t.app.getApplicationContext().getAsync(RecallImportService)).db;
    const rows: Array<{ channel: string; n: number | string }> = await db.query(
      'SELECT channel, COUNT(*) AS n FROM clue GROUP BY channel',
    );
    const all = Object.fromEntries(rows.map((r) => [r.channel, Number(r.n)]));
    expect(Object.fromEntries(s.byChannel.map((x) => [x.channel, x.count]))).toEqual(all);
    expect(s.byChannel.reduce((n, x) => n + x.count, 0)).toBe(s.total);

    // Suzhou sees the clue received for it, not the province's passed-out one.
    const own = ZStatisticsResponse.parse((await get(suzhou, `period=${period}`)).body).clues;
    expect(own.crossProvince.passedOut).toBe(0);
    expect(own.crossProvince.received).toBe(1);
  });
});

describe('the defect class is given where the defect is determined', () => {
  test('with the recall notice: the case shows it; on another step it is a 400 naming the field', async () => {
    const api = caseApi(t);
    const opened = await t
      .http()
      .post('/api/cases')
      .set(bearer(suzhou))
      .send({
        producerUscc: uscc('320505', 7),
        producerName: '苏州暖阳电器有限公司',
        productName: '暖阳牌电暖器',
        categoryCode: '01',
        summary: '温控器触点粘连，持续加热导致外壳过热。',
      });
    const id = ZCaseView.parse(opened.body).id;
    const early = await api.act(suzhou, id, 'start_defect_investigation', {
      forms: forms(['defect_investigation_notice']),
      defectClass: 'electrical',
    });
    expect(early.status).toBe(400);
    expect(ZErrorBody.parse(early.body).error.issues).toEqual([
      { path: 'defectClass', message: '这一步不填写缺陷类别' },
    ]);
    await api.act(suzhou, id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) });
    const bad = await api.act(suzhou, id, 'issue_recall_notice', { forms: forms(['recall_notice']), defectClass: 'x' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('缺陷类别应为机械物理类、电气安全类、化学类或其他');
    const r = await api.act(suzhou, id, 'issue_recall_notice', {
      forms: forms(['recall_notice']),
      defectClass: 'electrical',
    });
    expect(r.status).toBe(200);
    expect(ZCaseView.parse(r.body)).toMatchObject({ defectClass: 'electrical', defectClassName: '电气安全类' });
  });
});

describe('the tables export to XLSX', () => {
  test('one sheet per table, titled with the period and place, the same numbers as the screen', async () => {
    const json = ZStatisticsResponse.parse((await get(province, 'period=2025-Q4')).body);
    const res = await t
      .http()
      .get('/api/statistics.xlsx?period=2025-Q4')
      .set(bearer(province))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('2025年第四季度江苏省召回统计.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((res.body as Buffer).buffer as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '按产品类别',
      '按地区',
      '按缺陷类别',
      '按召回方式',
      '线索来源',
      '线索渠道',
      '跨省移送',
      '线索地区',
      '完成率',
      '典型案例',
    ]);
    const rows = (name: string) =>
      (book.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    const byCity = rows('按地区');
    expect(byCity[0][0]).toBe('2025年第四季度江苏省召回情况（按地区）');
    expect(byCity.slice(2)).toEqual([
      ...json.recalls.byCity.map((x) => [x.name, x.producers, x.count, x.units]),
      ['合计', json.recalls.total.producers, json.recalls.total.count, json.recalls.total.units],
    ]);
    // This quarter's clues by channel and across provinces, as the screen shows them.
    const now = quarterOf(todayInShanghai());
    const current = ZStatisticsResponse.parse((await get(province, `period=${now}`)).body);
    const book2 = new ExcelJS.Workbook();
    await book2.xlsx.load(
      ((await download(province, `/api/statistics.xlsx?period=${now}`)).body as Buffer).buffer as ArrayBuffer,
    );
    const rows2 = (name: string) =>
      (book2.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(current.clues.byChannel.length).toBeGreaterThan(1);
    expect(rows2('线索渠道').slice(2)).toEqual([
      ...current.clues.byChannel.map((x) => [x.name, x.count]),
      ['合计', current.clues.total],
    ]);
    expect(rows2('跨省移送').slice(2)).toEqual([
      ['移送外省市场监管部门', current.clues.crossProvince.passedOut],
      ['外省市场监管部门移入', current.clues.crossProvince.received],
    ]);
    expect(rows('按召回方式').slice(2, 4)).toEqual([
      ['主动召回', json.recalls.byKind.voluntary.count, json.recalls.byKind.voluntary.units],
      ['责令召回', json.recalls.byKind.ordered.count, json.recalls.byKind.ordered.units],
    ]);
  });

  test('a consumer cannot download it', async () => {
    const consumer = (await t.http().post('/api/auth/dev').send({ deviceId: 'tj-xlsx-device' })).body.token as string;
    expect((await t.http().get('/api/statistics.xlsx?period=2025').set(bearer(consumer))).status).toBe(403);
  });
});

const download = (token: string, path: string) =>
  t
    .http()
    .get(path)
    .set(bearer(token))
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });

describe('charts, rendered on the server', () => {
  test('three SVG charts naming what they count', async () => {
    const res = await get(province, 'period=2025-Q4').then(() =>
      t.http().get('/api/statistics/charts?period=2025-Q4').set(bearer(province)),
    );
    expect(res.status).toBe(200);
    const { charts } = ZStatisticsCharts.parse(res.body);
    expect(charts.map((c) => c.title)).toEqual([
      '2025年第四季度江苏省召回产品数量（按产品类别）',
      '2025年第四季度江苏省召回产品数量（按地区）',
      '2025年第四季度江苏省召回次数（按缺陷类别）',
    ]);
    for (const c of charts) expect(c.svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    const json = ZStatisticsResponse.parse((await get(province, 'period=2025-Q4')).body);
    for (const city of json.recalls.byCity) expect(charts[1].svg).toContain(city.name);
  });
});

describeWithLibreOffice()('the quarterly bulletin opens in LibreOffice', () => {
  test('title, the seven sections, the tables and the numbers of the screen', async () => {
    const json = ZStatisticsResponse.parse((await get(province, 'period=2025-Q4')).body);
    const res = await download(province, '/api/statistics/bulletin.docx?period=2025-Q4');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('2025年第四季度江苏省缺陷消费品召回分析报告.docx'),
    );
    const [text] = pdfTextsOf([res.body as Buffer]);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('江苏省缺陷消费品召回2025年第四季度分析报告');
    for (const h of [
      '一、总体情况',
      '二、召回产品类别分析',
      '三、召回地区分布',
      '四、缺陷类别分析',
      '五、缺陷线索情况',
      '六、召回完成情况',
      '七、典型案例',
    ]) {
      expect(flat).toContain(h);
    }
    const r = json.recalls;
    expect(flat).toContain(
      `共实施消费品召回${r.total.count}次，涉及生产者${r.total.producers}家，涉及产品${r.total.units}件。`,
    );
    expect(flat).toContain(`主动召回${r.byKind.voluntary.count}次`);
    for (const city of r.byCity) expect(flat).toContain(`${city.name}${city.producers}${city.count}${city.units}`);
    expect(flat).toContain(`完成率${json.completion.rate}%`);
    expect(flat).toContain(json.typical[0].title);
    // The charts are embedded pictures, with their captions.
    expect(flat).toContain('2025年第四季度江苏省召回次数（按缺陷类别）');
    // Clues by channel (none that quarter: the total row) and across provinces.
    expect(flat).toContain(`线索渠道线索数量（条）合计${json.clues.total}`);
    expect(flat).toContain(
      `向外省市场监管部门移送线索${json.clues.crossProvince.passedOut}条，收到外省市场监管部门移送的线索${json.clues.crossProvince.received}条`,
    );
  }, 120_000);
});

describe('statistics input', () => {
  test.each([
    ['', '请填写统计期间'],
    ['period=2025-13', '统计期间格式不正确'],
    ['period=2025-09-30~2025-07-01', '统计期间格式不正确'],
    ['period=2025&city=32050', '城市应为六位城市代码'],
  ])('%j is a 400 naming the field', async (query, message) => {
    const res = await get(province, query);
    expect(res.status).toBe(400);
    expect(JSON.stringify(ZErrorBody.parse(res.body).error)).toContain(message);
  });
});
