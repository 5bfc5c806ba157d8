import ExcelJS from 'exceljs';
import {
  addCalendarDays,
  quarterOf,
  todayInShanghai,
  ZCaseView,
  ZCityEvaluation,
  ZErrorBody,
  ZEvaluationResponse,
  ZOversightResponse,
  type TCityEvaluation,
} from '@recall/shared';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, PLAN_PATCH, setToday, usccOf } from './support/cases';
import { clueReport } from './support/clues';
import { describeWithLibreOffice, pdfTextsOf } from './support/libreoffice';
import { bearer, nuanyangProducer, staff, suzhouBureau } from './support/users';

/**
 * 苏 第二十一条: the province evaluates each city's recall work on six criteria. The fixtures are
 * built through the API in two cities (Suzhou and Nanjing): clues of several sources, accepted,
 * rejected and left; an ordered case taken to a late plan, a voluntary recall carried out and
 * summarized, an idle case and a notice never received. Every indicator is then counted again
 * here, from the fixture log (what each step did), and reconciled with the endpoint.
 */
let t: TestApp;
let province: string;
let suzhou: string;
let nanjing: string;
let producer: string;
let consumer: string;
let api: ReturnType<typeof caseApi>;
const PRODUCER = usccOf('320505');
const TODAY = todayInShanghai();
const PERIOD = quarterOf(TODAY);

/** What the fixtures did, per city: the independent record the indicators are checked against. */
interface Log {
  clues: Array<{ source: string; status: 'received' | 'verifying' | 'rejected'; case: boolean; recall: boolean }>;
  /** Defect determinations: documents on file (with the notice's receipt) and a defect class given. */
  determined: Array<{ documented: boolean; classified: boolean }>;
  /** Recalls started this period: plan units, summary units reported, units completed in the records. */
  recalls: Array<{ planned: number; summary: number | null; completed: number; planDone: boolean }>;
  producerSteps: Array<{ late: boolean }>;
  bureauSteps: number;
}
const log: Record<string, Log> = {
  '320500': { clues: [], determined: [], recalls: [], producerSteps: [], bureauSteps: 0 },
  '320100': { clues: [], determined: [], recalls: [], producerSteps: [], bureauSteps: 0 },
};

const ok = <T>(res: { status: number; body: T }, status = 200) => {
  if (res.status !== status) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};
const consumerClue = async (division: string) =>
  ok(
    await t
      .http()
      .post('/api/clues')
      .set(bearer(consumer))
      .send(clueReport({ producerUscc: usccOf(division), description: '充电时外壳发烫变形。', regionCode: division })),
    201,
  ) as { id: number };
const openCase = async (token: string, patch: object) =>
  ZCaseView.parse(
    ok(
      await t
        .http()
        .post('/api/cases')
        .set(bearer(token))
        .send({
          producerUscc: PRODUCER,
          producerName: '苏州暖阳电器有限公司',
          productName: '暖阳牌电暖器',
          categoryCode: '01',
          summary: '温控器触点粘连，持续加热导致外壳过热。',
          ...patch,
        }),
      201,
    ),
  );

async function buildFixtures() {
  const sz = log['320500'];
  const nj = log['320100'];

  // Suzhou's clues: two consumer reports accepted and rejected, one left, one from 监督抽查 accepted.
  const c1 = await consumerClue('320505');
  const c2 = await consumerClue('320505');
  await consumerClue('320505');
  const c4 = ok(
    await t
      .http()
      .post('/api/bureau/clues')
      .set(bearer(suzhou))
      .send({ ...clueReport(), source: 'sampling', contact: undefined }),
    201,
  ) as { id: number };
  ok(await t.http().post(`/api/bureau/clues/${c1.id}/accept`).set(bearer(suzhou)).send({}));
  ok(await t.http().post(`/api/bureau/clues/${c4.id}/accept`).set(bearer(suzhou)).send({ note: '转抽查核实' }));
  ok(await t.http().post(`/api/bureau/clues/${c2.id}/reject`).set(bearer(suzhou)).send({ reason: '非产品缺陷问题' }));
  sz.clues.push(
    { source: 'consumer', status: 'verifying', case: true, recall: false },
    { source: 'consumer', status: 'rejected', case: false, recall: false },
    { source: 'consumer', status: 'received', case: false, recall: false },
    { source: 'sampling', status: 'verifying', case: false, recall: false },
  );

  // An ordered case from the first clue: investigation, recall notice (electrical), received.
  const s1 = await openCase(suzhou, { clueId: c1.id });
  ok(await api.act(suzhou, s1.id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) }));
  const notified = ZCaseView.parse(
    ok(
      await api.act(suzhou, s1.id, 'issue_recall_notice', {
        forms: forms(['recall_notice']),
        defectClass: 'electrical',
      }),
    ),
  );
  sz.bureauSteps += 3;
  const notice = notified.documents.find((d) => d.type === 'recall_notice')!;
  ok(await api.receipt(producer, s1.id, notice.id));
  sz.producerSteps.push({ late: false });
  sz.determined.push({ documented: true, classified: true });

  // A voluntary recall starting today: accepted, 3 units completed by the producer's own channel,
  // plan completed, its summary reporting 4 recalled (the records show 3).
  const v1 = ZCaseView.parse(
    ok(
      await t
        .http()
        .post('/api/cases/voluntary')
        .set(bearer(producer))
        .send({
          categoryCode: '01',
          forms: forms(['recall_plan', 'recall_statement'], {
            recall_plan: { ...PLAN_PATCH, gtins: ['6901234567908'], startDate: TODAY },
          }),
        }),
      201,
    ),
  );
  sz.producerSteps.push({ late: false });
  const seen = ZCaseView.parse(ok(await api.view(suzhou, v1.id)));
  // Accepted with the bureau's review record (审查记录) of the plan.
  ok(
    await api.act(suzhou, v1.id, 'accept_plan', {
      forms: { press_release: seen.prefill.press_release, plan_review: forms(['plan_review']).plan_review },
    }),
  );
  sz.bureauSteps += 1;
  sz.determined.push({ documented: true, classified: false });
  ok(
    await t
      .http()
      .post(`/api/cases/${v1.id}/channel-counts`)
      .set(bearer(producer))
      .send({ channel: '门店回收', units: 3 }),
  );
  // A month on: the voluntary plan carried out and summarized; the ordered case's plan filed after its deadline.
  await setToday(t, addCalendarDays(TODAY, 30));
  ok(await api.act(producer, v1.id, 'complete_plan', {}));
  ok(
    await api.act(producer, v1.id, 'submit_final_summary', {
      forms: forms(['final_summary'], { final_summary: { involvedQty: 10, recalledQty: 4 } }),
    }),
  );
  sz.producerSteps.push({ late: false }, { late: false });
  sz.recalls.push({ planned: PLAN_PATCH.involvedQty, summary: 4, completed: 3, planDone: true });

  const late = await api.act(producer, s1.id, 'submit_plan', {
    forms: forms(['recall_plan', 'recall_statement'], { recall_plan: PLAN_PATCH }),
  });
  ok(late);
  const planLate = (await api.view(suzhou, s1.id)).body.timeline.at(-1).late as boolean;
  sz.producerSteps.push({ late: planLate });
  await setToday(t, null);

  // Nanjing: a consumer clue left waiting; a case left idle since it was discovered three weeks
  // ago (the bureau's 3 working days to notify have passed); a recall notice never received.
  await consumerClue('320102');
  nj.clues.push({ source: 'consumer', status: 'received', case: false, recall: false });
  const nanjingCase = { producerUscc: usccOf('320102'), producerName: '南京明辉灯具有限公司' };
  await openCase(nanjing, { ...nanjingCase, discoveredOn: addCalendarDays(TODAY, -21) });
  const n2 = await openCase(nanjing, nanjingCase);
  ok(await api.act(nanjing, n2.id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) }));
  ok(await api.act(nanjing, n2.id, 'issue_recall_notice', { forms: forms(['recall_notice']) }));
  nj.bureauSteps += 4;
  nj.determined.push({ documented: false, classified: false });
}

const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

/** Every indicator of a city, counted from the log (and today's overdue from 督办). */
function expected(l: Log, overdue: { producer: number; bureau: number }) {
  const accepted = l.clues.filter((c) => c.status === 'verifying' || c.case || c.recall);
  const by = (s: string) => l.clues.filter((c) => c.source === s).length;
  const summarized = l.recalls.filter((r) => r.summary !== null);
  const late = l.producerSteps.filter((s) => s.late).length;
  const involved = l.recalls.reduce((s, r) => s + r.planned, 0);
  const completed = l.recalls.reduce((s, r) => s + r.completed, 0);
  const documented = l.determined.filter((d) => d.documented).length;
  return {
    channels: {
      received: l.clues.length,
      sources: new Set(l.clues.map((c) => c.source)).size,
      'source.consumer': by('consumer'),
      'source.sampling': by('sampling'),
      'source.complaint': by('complaint'),
    },
    judgment: {
      accepted: accepted.length,
      rejected: l.clues.filter((c) => c.status === 'rejected').length,
      merged: 0,
      pending: l.clues.filter((c) => c.status === 'received').length,
      cases: l.clues.filter((c) => c.case).length,
      recalls: l.clues.filter((c) => c.recall).length,
      fruitful: pct(accepted.filter((c) => c.case || c.recall).length, accepted.length),
    },
    investigation: {
      determined: l.determined.length,
      documented,
      documentedRate: pct(documented, l.determined.length),
      classified: l.determined.filter((d) => d.classified).length,
      noDefect: 0,
    },
    quantity: {
      recalls: l.recalls.length,
      planned: involved,
      summarized: summarized.length,
      reported: summarized.reduce((s, r) => s + r.summary!, 0),
      recorded: summarized.reduce((s, r) => s + r.completed, 0),
      agreeing: summarized.filter((r) => r.summary === r.completed).length,
    },
    effectiveness: {
      involved,
      completed,
      rate: pct(completed, involved),
      plansDone: l.recalls.filter((r) => r.planDone).length,
      rerecalls: 0,
    },
    reporting: {
      producerFilings: l.producerSteps.length,
      producerLate: late,
      onTimeRate: pct(l.producerSteps.length - late, l.producerSteps.length),
      bureauSteps: l.bureauSteps,
      overdueBureau: overdue.bureau,
      overdueProducer: overdue.producer,
    },
  };
}

/** The endpoint's indicators as the same shape (only the keys the expectation names). */
function asIndicators(c: TCityEvaluation, keys: ReturnType<typeof expected>) {
  return Object.fromEntries(
    c.criteria.map((x) => [
      x.key,
      Object.fromEntries(
        Object.keys(keys[x.key]).map((k) => [k, x.indicators.find((i) => i.key === k)?.value ?? 'missing']),
      ),
    ]),
  );
}

const show = (token: string, query: string) => t.http().get(`/api/evaluation?${query}`).set(bearer(token));
const save = (token: string, body: object) => t.http().put('/api/evaluation').set(bearer(token)).send(body);
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

beforeAll(async () => {
  t = await startApp();
  province = await staff(t, { role: 'province', org: '320000', username: 'pj-province', password: 'pingjia-pass1' });
  suzhou = await suzhouBureau(t);
  nanjing = await staff(t, { role: 'bureau', org: '320100', username: 'pj-nanjing', password: 'pingjia-pass1' });
  producer = await nuanyangProducer(t, PRODUCER);
  consumer = (await t.http().post('/api/auth/dev').send({ deviceId: 'pj-consumer' })).body.token as string;
  api = caseApi(t);
  await buildFixtures();
}, 120_000);
afterAll(() => t.close());

describe('the indicators reconcile with the records', () => {
  test('every city of the province, every indicator equal to the independent count', async () => {
    const e = ZEvaluationResponse.parse(ok(await show(province, `period=${PERIOD}`)));
    expect(e.period.label).toMatch(/^\d{4}年第[一二三四]季度$/);
    expect(e.place).toBe('江苏省');
    expect(e.cities).toHaveLength(13);
    const overdue = ZOversightResponse.parse(ok(await t.http().get('/api/oversight').set(bearer(province))));
    const overdueOf = (code: string) => {
      const row = overdue.cities.find((c) => c.code === code);
      return { producer: row?.overdueProducer ?? 0, bureau: row?.overdueBureau ?? 0 };
    };
    // The idle Nanjing case is overdue on the bureau's side.
    expect(overdueOf('320100').bureau).toBe(1);
    for (const city of e.cities) {
      const l = log[city.city.code] ?? { clues: [], determined: [], recalls: [], producerSteps: [], bureauSteps: 0 };
      const want = expected(l, overdueOf(city.city.code));
      expect([city.city.name, asIndicators(city, want)]).toEqual([city.city.name, want]);
    }
    const suzhouRow = e.cities.find((c) => c.city.code === '320500')!;
    expect(suzhouRow.criteria.map((c) => c.name)).toEqual([
      '线索渠道畅通',
      '线索研判准确',
      '调查分析规范',
      '召回数量准确',
      '召回实施有效',
      '报送及时',
    ]);
    // Some of the counts the fixtures were built to show, as numbers.
    const value = (key: string, ind: string) =>
      suzhouRow.criteria.find((c) => c.key === key)!.indicators.find((i) => i.key === ind)!.value;
    expect(value('judgment', 'fruitful')).toBe(50);
    expect(value('effectiveness', 'rate')).toBe(30);
    expect(value('quantity', 'agreeing')).toBe(0);
    expect(value('reporting', 'producerLate')).toBe(1);
    // Every indicator says how it is counted.
    for (const c of suzhouRow.criteria) for (const i of c.indicators) expect(i.definition.length).toBeGreaterThan(5);
  });

  test('an earlier quarter has none of it', async () => {
    const [y, q] = PERIOD.split('-Q').map(Number);
    const earlier = q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
    const e = ZEvaluationResponse.parse(ok(await show(province, `period=${earlier}&city=320500`)));
    expect(e.place).toBe('苏州市');
    const values = e.cities[0].criteria.flatMap((c) => c.indicators.filter((i) => !i.key.startsWith('overdue')));
    expect(values.every((i) => i.value === 0)).toBe(true);
  });
});

describe('the province records its scores and notes', () => {
  test('saved, shown with the overall score, audited, and corrected', async () => {
    const res = await save(province, {
      period: PERIOD,
      city: '320500',
      scores: { channels: 90, judgment: 80, reporting: 71 },
      notes: { judgment: '受理线索转化率偏低，应加强研判。' },
      summary: '苏州市召回工作总体规范。',
    });
    const saved = ZCityEvaluation.parse(ok(res));
    expect(saved.criteria.map((c) => c.score)).toEqual([90, 80, null, null, null, 71]);
    expect(saved.overall).toBe(80);
    expect(saved).toMatchObject({ summary: '苏州市召回工作总体规范。', updatedBy: expect.any(String) });
    expect(saved.criteria[1].note).toBe('受理线索转化率偏低，应加强研判。');

    const again = ZCityEvaluation.parse(
      ok(
        await save(province, { period: PERIOD, city: '320500', scores: { channels: 95, judgment: 80, reporting: 71 } }),
      ),
    );
    expect(again.criteria[0].score).toBe(95);
    expect(again.criteria[1].note).toBe('');
    const shown = ZEvaluationResponse.parse(ok(await show(province, `period=${PERIOD}`)));
    expect(shown.cities.find((c) => c.city.code === '320500')!.overall).toBe(82);
    expect(shown.cities.find((c) => c.city.code === '320100')!.overall).toBeNull();

    const audit = ok(await t.http().get('/api/admin/audit?entityType=evaluation').set(bearer(province))) as {
      items: Array<{ action: string; detail: { city: string; changed: string[] } }>;
    };
    expect(audit.items.map((a) => [a.action, a.detail.city, a.detail.changed])).toEqual([
      ['evaluation.saved', '320500', ['channels', 'judgment', 'summary']],
      ['evaluation.saved', '320500', ['channels', 'judgment', 'reporting', 'summary']],
    ]);
    // Put back for the exports below.
    ok(
      await save(province, {
        period: PERIOD,
        city: '320500',
        scores: { channels: 90, judgment: 80, reporting: 71 },
        notes: { judgment: '受理线索转化率偏低，应加强研判。' },
        summary: '苏州市召回工作总体规范。',
      }),
    );
  });
});

describe('who may see and record it', () => {
  test('a city bureau reads its own city only, and may not record', async () => {
    const own = ZEvaluationResponse.parse(ok(await show(suzhou, `period=${PERIOD}`)));
    expect(own.cities.map((c) => c.city.name)).toEqual(['苏州市']);
    expect(own.cities[0].summary).toBe('苏州市召回工作总体规范。');
    const other = await show(suzhou, `period=${PERIOD}&city=320100`);
    expect(other.status).toBe(403);
    expect(ZErrorBody.parse(other.body).error.message).toBe('市级市场监管局只能查看本市的评价');
    expect((await download(suzhou, `/api/evaluation.xlsx?period=${PERIOD}&city=320100`)).status).toBe(403);
    expect((await save(suzhou, { period: PERIOD, city: '320500', scores: { channels: 100 } })).status).toBe(403);
    expect((await save(nanjing, { period: PERIOD, city: '320100', scores: { channels: 100 } })).status).toBe(403);
  });

  test('producers and consumers are refused', async () => {
    for (const token of [producer, consumer]) {
      expect((await show(token, `period=${PERIOD}`)).status).toBe(403);
      expect((await download(token, `/api/evaluation.docx?period=${PERIOD}`)).status).toBe(403);
      expect((await save(token, { period: PERIOD, city: '320500' })).status).toBe(403);
    }
  });
});

describe('bad input is a 400 naming the field', () => {
  test.each([
    ['', 'period', '请填写统计期间'],
    ['period=2026-13', 'period', '统计期间格式不正确'],
    ['period=2026&city=32050', 'city', '城市应为六位城市代码'],
    ['period=2026&city=440100', 'city', '城市应为本省的设区市'],
  ])('GET %j', async (query, path, message) => {
    const res = await show(province, query);
    expect(res.status).toBe(400);
    const issues = ZErrorBody.parse(res.body).error.issues ?? [];
    expect(issues.find((i) => i.path === path)?.message).toContain(message);
  });

  test.each([
    [{ city: '320500', scores: { channels: 90 } }, 'period', '请填写统计期间'],
    [{ period: '2026-Q9', city: '320500' }, 'period', '统计期间格式不正确'],
    [{ period: PERIOD, city: '320500', scores: { channels: 101 } }, 'scores.channels', '评分应为 0 到 100 的整数'],
    [{ period: PERIOD, city: '320500', scores: { judgment: -1 } }, 'scores.judgment', '评分应为 0 到 100 的整数'],
    [{ period: PERIOD, city: '320500', scores: { judgment: 7.5 } }, 'scores.judgment', '评分应为 0 到 100 的整数'],
    [{ period: PERIOD, city: '320500', scores: { channels: '好' } }, 'scores.channels', '评分应为 0 到 100 的整数'],
    [{ period: PERIOD, city: '320500', summary: '很'.repeat(1001) }, 'summary', '评价意见不超过 1000 字'],
    [{ period: PERIOD, scores: {} }, 'city', '请选择城市'],
  ])('PUT #%#: a 400 naming the field', async (body, path, message) => {
    const res = await save(province, body);
    expect(res.status).toBe(400);
    const issues = ZErrorBody.parse(res.body).error.issues ?? [];
    expect(issues.find((i) => i.path === path)?.message).toContain(message);
  });
});

describe('exports', () => {
  test('XLSX: an overview of scores, and a sheet per criterion with the numbers of the screen', async () => {
    const json = ZEvaluationResponse.parse(ok(await show(province, `period=${PERIOD}`)));
    const res = await download(province, `/api/evaluation.xlsx?period=${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent(`${json.period.label}江苏省召回工作评价.xlsx`),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((res.body as Buffer).buffer as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '总览',
      '线索渠道畅通',
      '线索研判准确',
      '调查分析规范',
      '召回数量准确',
      '召回实施有效',
      '报送及时',
    ]);
    const rows = (name: string) =>
      (book.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    const overview = rows('总览');
    expect(overview[0][0]).toBe(`${json.period.label}江苏省缺陷消费品召回工作评价`);
    expect(overview.find((r) => r[0] === '苏州市')).toEqual([
      '苏州市',
      90,
      80,
      '未评分',
      '未评分',
      '未评分',
      71,
      80,
      '苏州市召回工作总体规范。',
    ]);
    const suzhouRow = json.cities.find((c) => c.city.code === '320500')!;
    const effect = rows('召回实施有效').filter((r) => r[0] === '苏州市');
    expect(effect).toEqual([
      ...suzhouRow.criteria[4].indicators.map((x) => ['苏州市', x.label, x.value, x.unit, x.definition]),
      ['苏州市', '评分', '未评分', '', '省局评分（0–100）'],
      ['苏州市', '评价意见', '', '', '省局意见'],
    ]);
    expect(rows('线索研判准确').find((r) => r[0] === '苏州市' && r[1] === '评价意见')![2]).toBe(
      '受理线索转化率偏低，应加强研判。',
    );
  });
});

describeWithLibreOffice()('the evaluation document opens in LibreOffice', () => {
  test('title with the period, a table per criterion, the scores and the notes', async () => {
    const json = ZEvaluationResponse.parse(ok(await show(province, `period=${PERIOD}`)));
    const res = await download(province, `/api/evaluation.docx?period=${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent(`${json.period.label}江苏省缺陷消费品召回工作评价.docx`),
    );
    const [text] = pdfTextsOf([res.body as Buffer]);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(`江苏省缺陷消费品召回工作评价（${json.period.label}）`);
    for (const h of [
      '一、评分总览',
      '二、线索渠道畅通',
      '三、线索研判准确',
      '四、调查分析规范',
      '五、召回数量准确',
      '六、召回实施有效',
      '七、报送及时',
      '八、总体评价',
    ]) {
      expect(flat).toContain(h);
    }
    const sz = json.cities.find((c) => c.city.code === '320500')!;
    expect(flat).toContain('苏州市90分80分未评分未评分未评分71分80分');
    expect(flat).toContain(`苏州市${sz.criteria[4].indicators.map((x) => x.value).join('')}未评分`);
    expect(flat).toContain('苏州市：受理线索转化率偏低，应加强研判。');
    expect(flat).toContain('苏州市：苏州市召回工作总体规范。');
    expect(flat).toContain('完成率，完成数量÷涉及数量');
  }, 120_000);
});
