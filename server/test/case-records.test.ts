import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import sharp from 'sharp';
import { ZCaseRecordList, ZCaseRecordView, ZCaseView, type TCaseRecordView } from '@recall/shared';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, setToday, usccOf } from './support/cases';
import { phonePhoto } from './support/images';
import { describeWithLibreOffice, pdfTextsOf } from './support/libreoffice';
import { bearer, nuanyangProducer, staff, suzhouBureau } from './support/users';

/**
 * Records the rules require on a case: on-site investigations with evidence (办法 第十五条),
 * interviews with the producer (办法 第二十一条) and the measures taken (苏 第十九条; 办法 第二十三条).
 */
let t: TestApp;
let suzhou: string;
let wuxi: string;
let province: string;
let producer: string;
let otherProducer: string;
let consumer: string;
let caseId: number;
const PRODUCER = usccOf('320505');
const OTHER = usccOf('320205', 'MA2AB3C4D');

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const docxFile = () =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('抽样检验报告：温控器触点粘连')] }] }));
async function xlsxFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('抽样').addRow(['样品', '数量']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const post = (token: string, kind: string, body: object, key?: string) => {
  const req = t.http().post(`/api/cases/${caseId}/records/${kind}`).set(bearer(token));
  if (key) req.set('Idempotency-Key', key);
  return req.send(body);
};
const uploadFile = (token: string, data: Buffer, name: string, id = caseId) =>
  t.http().post(`/api/cases/${id}/record-files`).set(bearer(token)).attach('file', data, name);
const list = (token: string) => t.http().get(`/api/cases/${caseId}/records`).set(bearer(token));

const inspection = (patch: Record<string, unknown> = {}) => ({
  inspectedOn: '2026-03-30',
  place: '苏州市虎丘区科技城锦峰路 8 号暖阳电器生产车间',
  investigators: [
    { name: '王明', certificateNo: '32050012345' },
    { name: '李华', certificateNo: '32050012346' },
  ],
  partyName: '苏州暖阳电器有限公司',
  partyPresent: '赵强',
  partyPresentTitle: '质量部经理',
  inspected: '查阅 NY-2000 型电暖器 2025 年 9 月批次生产记录，抽取成品 3 台封存送检。',
  findings: '温控器供应商于 2025 年 8 月更换，来料检验记录缺失。',
  ...patch,
});
const interview = (patch: Record<string, unknown> = {}) => ({
  heldOn: '2026-03-31',
  place: '苏州市市场监督管理局 302 会议室',
  bureauAttendees: [
    { name: '王明', certificateNo: '32050012345' },
    { name: '李华', certificateNo: '32050012346' },
  ],
  producerAttendees: [{ name: '赵强', title: '质量部经理' }],
  requirements: '立即停止销售涉事批次，十个工作日内报告调查分析结果。',
  commitments: '企业承诺即日起停止销售并配合调查。',
  ...patch,
});
const penalty = (patch: Record<string, unknown> = {}) => ({
  kind: 'administrative_penalty',
  takenOn: '2026-04-01',
  decisionNo: '苏市监罚〔2026〕18号',
  amount: 50000,
  content: '拒不配合缺陷调查，处罚款五万元。',
  note: '内部：当事人曾两次拒绝提供资料',
  ...patch,
});

beforeAll(async () => {
  t = await startApp();
  suzhou = await suzhouBureau(t, '王科长');
  wuxi = await staff(t, { role: 'bureau', org: '320200', username: 'wuxi', password: 'wuxi-pass-1' });
  province = await staff(t, { role: 'province', org: '320000', username: 'js', password: 'js-pass-12' });
  producer = await nuanyangProducer(t, PRODUCER, '张丽');
  otherProducer = await staff(t, { role: 'producer', org: OTHER, username: 'other', password: 'other-pass-1' });
  consumer = (await t.http().post('/api/auth/dev').send({ deviceId: 'records-consumer' })).body.token;
  await setToday(t, '2026-04-01');
  const opened = await t.http().post('/api/cases').set(bearer(suzhou)).send({
    producerUscc: PRODUCER,
    producerName: '苏州暖阳电器有限公司',
    productName: '暖阳牌电暖器',
    brand: '暖阳',
    model: 'NY-2000',
    categoryCode: '01',
    discoveredOn: '2026-03-27',
    summary: '温控器触点粘连，持续加热导致外壳过热。',
  });
  expect(opened.status).toBe(201);
  caseId = opened.body.id;
  const r = await caseApi(t).act(suzhou, caseId, 'start_defect_investigation', {
    forms: forms(['defect_investigation_notice']),
  });
  expect(r.body.state).toBe('defect_investigation');
}, 300_000);

afterAll(async () => {
  await setToday(t, null);
  await t.close();
});

let inspectionView: Extract<TCaseRecordView, { kind: 'inspection' }>;

describe('recording on a case', () => {
  it('records an on-site investigation with photos (metadata stripped) and files', async () => {
    const photo = await t
      .http()
      .post('/api/uploads')
      .set(bearer(suzhou))
      .attach('file', await phonePhoto(), 'p.jpg');
    expect(photo.status).toBe(201);
    const pdf = await uploadFile(suzhou, PDF, '抽样单.pdf');
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({ name: '抽样单.pdf', type: 'pdf' });
    const docx = await uploadFile(suzhou, await docxFile(), 'report.docx');
    expect(docx.body).toMatchObject({ type: 'docx', name: 'report.docx' });
    const xlsx = await uploadFile(suzhou, await xlsxFile(), 'samples.xlsx');
    expect(xlsx.body).toMatchObject({ type: 'xlsx' });

    const r = await post(
      suzhou,
      'inspections',
      inspection({ photoIds: [photo.body.id], fileIds: [pdf.body.id, docx.body.id, xlsx.body.id] }),
    );
    expect(r.status).toBe(201);
    const v = ZCaseRecordView.parse(r.body);
    if (v.kind !== 'inspection') throw new Error('not an inspection');
    inspectionView = v;
    expect(v.inspection.investigators.map((i) => i.certificateNo)).toEqual(['32050012345', '32050012346']);
    expect(v.recordedBy).toBe('王科长（苏州市市场监督管理局）');
    expect(v.files.map((f) => f.name)).toEqual(['抽样单.pdf', 'report.docx', 'samples.xlsx']);

    const img = await t.http().get(v.photos[0].url).responseType('blob');
    expect(img.status).toBe(200);
    const meta = await sharp(img.body).metadata();
    expect(meta.exif).toBeUndefined();
    const file = await t.http().get(v.files[0].url).responseType('blob');
    expect(file.status).toBe(200);
    expect(Buffer.from(file.body).equals(PDF)).toBe(true);
    expect((await t.http().get(v.files[0].url.replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(403);
  });

  it('records an interview and the measures taken', async () => {
    const minutes = await uploadFile(suzhou, PDF, '约谈纪要.pdf');
    const i = await post(suzhou, 'interviews', interview({ fileIds: [minutes.body.id], dueOn: '2026-04-14' }));
    expect(i.status).toBe(201);
    expect(i.body.interview.producerAttendees).toEqual([{ name: '赵强', title: '质量部经理' }]);
    expect(i.body.interview.dueOn).toBe('2026-04-14');
    const p = await post(suzhou, 'measures', penalty({ dueOn: '2026-04-16' }));
    expect(p.status).toBe(201);
    expect(p.body.measure).toMatchObject({
      kindLabel: '行政处罚',
      amount: 50000,
      decisionNo: '苏市监罚〔2026〕18号',
      dueOn: '2026-04-16',
    });
    // The province records too (苏 第十九条: 纳入信用档案).
    const credit = await post(province, 'measures', {
      kind: 'credit_record',
      takenOn: '2026-04-01',
      content: '列入江苏省企业信用信息系统严重失信记录。',
    });
    expect(credit.status).toBe(201);
    expect(credit.body.recordedBy).toContain('江苏省市场监督管理局');
  });

  it('shows the records on the case timeline for the bureau and the province', async () => {
    for (const token of [suzhou, province]) {
      const v = ZCaseView.parse((await caseApi(t).view(token, caseId)).body);
      const labels = v.timeline.map((e) => e.label);
      expect(labels).toEqual(expect.arrayContaining(['记录现场调查', '记录约谈', '记录处理措施']));
      expect(v.timeline.find((e) => e.label === '记录现场调查')!.note).toContain('暖阳电器生产车间');
      const l = ZCaseRecordList.parse((await list(token)).body);
      expect(l.items.map((x) => x.kind)).toEqual(['inspection', 'interview', 'measure', 'measure']);
      expect(l.canRecord).toBe(true);
    }
  });

  it('shows the producer its interviews and the measures against it, never the investigation or the bureau note', async () => {
    const l = ZCaseRecordList.parse((await list(producer)).body);
    expect(l.canRecord).toBe(false);
    expect(l.items.map((x) => x.kind)).toEqual(['interview', 'measure', 'measure']);
    for (const item of l.items) expect(item.recordedBy).not.toContain('王科长');
    const m = l.items.find((x) => x.kind === 'measure' && x.measure.kind === 'administrative_penalty');
    expect(m && m.kind === 'measure' && m.measure.note).toBeNull();
    expect(JSON.stringify(l)).not.toContain('内部');
    const interviewItem = l.items.find((x) => x.kind === 'interview')!;
    expect(interviewItem.kind === 'interview' && interviewItem.interview.bureauAttendees[0]).toEqual({
      name: '王明',
      certificateNo: '32050012345',
    });
    // What it must do, and by when.
    expect(interviewItem.kind === 'interview' && interviewItem.interview).toMatchObject({
      requirements: '立即停止销售涉事批次，十个工作日内报告调查分析结果。',
      dueOn: '2026-04-14',
    });
    expect(m && m.kind === 'measure' && m.measure).toMatchObject({
      content: '拒不配合缺陷调查，处罚款五万元。',
      dueOn: '2026-04-16',
    });
    const v = ZCaseView.parse((await caseApi(t).view(producer, caseId)).body);
    const labels = v.timeline.map((e) => e.label);
    expect(labels).toContain('记录约谈');
    expect(labels).not.toContain('记录现场调查');
    expect(v.timeline.find((e) => e.label === '记录约谈')!.actor).toBe('苏州市市场监督管理局');
  });

  it('refuses everyone else', async () => {
    expect((await list(consumer)).status).toBe(403);
    expect((await list(otherProducer)).status).toBe(404);
    expect((await list(wuxi)).status).toBe(404);
    expect((await post(producer, 'interviews', interview())).status).toBe(403);
    expect((await post(consumer, 'measures', penalty())).status).toBe(403);
    expect((await post(wuxi, 'inspections', inspection())).status).toBe(404);
    expect((await uploadFile(producer, PDF, 'x.pdf')).status).toBe(403);
    expect((await uploadFile(wuxi, PDF, 'x.pdf')).status).toBe(404);
  });

  it('puts every record, its 现场检查笔录 and its evidence in the e-dossier', async () => {
    const v = ZCaseView.parse((await caseApi(t).view(suzhou, caseId)).body);
    const zipRes = await t.http().get(v.dossierUrl!).responseType('blob');
    expect(zipRes.status).toBe(200);
    const zip = await JSZip.loadAsync(zipRes.body);
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['记录/案件记录.json']));
    expect(names.filter((n) => /^记录\/01-现场检查笔录-.*\.docx$/.test(n))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('附件/记录01-现场调查-照片-'))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('附件/记录01-现场调查-') && n.endsWith('抽样单.pdf'))).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('附件/记录02-约谈-') && n.endsWith('约谈纪要.pdf'))).toHaveLength(1);
    const records = JSON.parse(await zip.file('记录/案件记录.json')!.async('string'));
    expect(records.map((r: { kind: string }) => r.kind)).toEqual(['inspection', 'interview', 'measure', 'measure']);
    expect(records[2].measure.note).toBe('内部：当事人曾两次拒绝提供资料');
    const audit = await zip.file('审计记录.json')!.async('string');
    expect(audit.match(/case\.record_added/g)).toHaveLength(4);
  });
});

describe('bad input names the field', () => {
  const issue = async (res: Promise<{ status: number; body: { error: { issues?: { path: string }[] } } }>) => {
    const r = await res;
    expect(r.status).toBe(400);
    return r.body.error.issues?.map((i) => i.path) ?? [];
  };

  it('refuses one investigator, a future date, an unknown measure, a penalty without its decision', async () => {
    expect(
      await issue(post(suzhou, 'inspections', inspection({ investigators: [{ name: '王明', certificateNo: '1' }] }))),
    ).toContain('investigators');
    const future = await post(suzhou, 'inspections', inspection({ inspectedOn: '2026-04-02' }));
    expect(future.status).toBe(400);
    expect(future.body.error.issues[0]).toEqual({ path: 'inspectedOn', message: '现场调查日期不能晚于今天' });
    expect(await issue(post(suzhou, 'measures', penalty({ kind: 'warning_shot' })))).toContain('kind');
    expect(await issue(post(suzhou, 'measures', penalty({ decisionNo: undefined })))).toContain('decisionNo');
    expect(await issue(post(suzhou, 'interviews', interview({ producerAttendees: [] })))).toContain(
      'producerAttendees',
    );
    const early = await post(suzhou, 'interviews', interview({ dueOn: '2026-03-30' }));
    expect(early.status).toBe(400);
    expect(early.body.error.issues[0]).toEqual({ path: 'dueOn', message: '整改期限不能早于约谈日期' });
    expect(await issue(post(suzhou, 'measures', penalty({ dueOn: '明天' })))).toContain('dueOn');
    expect(
      await issue(post(suzhou, 'inspections', inspection({ photoIds: ['00000000-0000-4000-8000-000000000000'] }))),
    ).toContain('photoIds');
    // A file kept with another case cannot be attached here.
    const other = await t.http().post('/api/cases').set(bearer(suzhou)).send({
      producerUscc: PRODUCER,
      producerName: '苏州暖阳电器有限公司',
      productName: '暖阳牌取暖器',
      categoryCode: '01',
      summary: '外壳过热。',
    });
    const foreign = await uploadFile(suzhou, PDF, 'a.pdf', other.body.id);
    expect(foreign.status).toBe(201);
    expect(await issue(post(suzhou, 'interviews', interview({ fileIds: [foreign.body.id] })))).toContain('fileIds');
  });

  it('refuses files that are not PDF, DOCX or XLSX, or not what their name says', async () => {
    const text = await uploadFile(suzhou, Buffer.from('just text'), 'notes.pdf');
    expect(text.status).toBe(400);
    expect(text.body.error).toMatchObject({ code: 'UNSUPPORTED_FILE', issues: [{ path: 'file' }] });
    const renamed = await uploadFile(suzhou, await docxFile(), 'report.pdf');
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.message).toContain('扩展名');
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    const plainZip = await uploadFile(suzhou, await zip.generateAsync({ type: 'nodebuffer' }), 'a.docx');
    expect(plainZip.status).toBe(400);
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
    PDF.copy(big);
    expect((await uploadFile(suzhou, big, 'big.pdf')).status).toBe(413);
  });
});

describe('idempotency', () => {
  it('makes one record of twenty concurrent identical submissions with one key', async () => {
    const before = ZCaseRecordList.parse((await list(suzhou)).body).items.length;
    const body = interview({ place: '企业现场（并发）' });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post(suzhou, 'interviews', body, 'records-key-0001')),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const after = ZCaseRecordList.parse((await list(suzhou)).body).items;
    expect(after.length).toBe(before + 1);
    const reused = await post(suzhou, 'interviews', interview({ place: '别处' }), 'records-key-0001');
    expect(reused.status).toBe(422);
  }, 60_000);
});

describeWithLibreOffice()('现场检查笔录 in LibreOffice', () => {
  it('opens as a document with the facts, the officers and the photo', async () => {
    const res = await t.http().get(inspectionView.docxUrl).responseType('blob');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const [text] = pdfTextsOf([Buffer.from(res.body)]);
    const flat = text.replace(/\s+/g, '');
    for (const s of [
      '苏州市市场监督管理局',
      '现场检查笔录',
      '2026年3月30日',
      '暖阳电器生产车间',
      '王明（执法证号：32050012345）',
      '李华（执法证号：32050012346）',
      '赵强（质量部经理）',
      '抽取成品3台封存送检',
      '来料检验记录缺失',
      '现场照片1张',
      '抽样单.pdf',
      '执法人员（签名）',
    ])
      expect(flat).toContain(s);
  }, 120_000);
});
