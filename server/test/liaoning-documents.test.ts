import {
  DOC_TYPE_KEYS,
  ZCaseView,
  docCitation,
  docMeta,
  draftPressRelease,
  getProvinceProfile,
  type DocType,
} from '@recall/shared';
import { docxFileName, renderDocx } from '../src/documents/docx';
import { startApp, TestApp } from './support/app';
import { caseApi, forms, PLAN_PATCH, setToday, usccOf } from './support/cases';
import { inputOf } from './support/doc-inputs';
import { docxText } from './support/docx-text';
import { describeWithLibreOffice, pdfTextsOf } from './support/libreoffice';
import { bearer, staff } from './support/users';

/**
 * Liaoning's documents (辽 第二十三条: SAMR's format documents under 《消费品召回管理暂行规定》):
 * titled and citing as its profile says, never Jiangsu's rules; the 新闻稿 cites the Liaoning rules.
 */
const profile = getProvinceProfile('liaoning');
const docs = profile.documents;
const RULES = '《辽宁省市场监督管理缺陷消费品召回管理工作规定》';
/** Jiangsu's rules and 文号, which a Liaoning document must never cite. */
const JIANGSU = /江苏省缺陷消费品召回管理办法|苏市监规/;

/** The documents whose template cites rules (根据/按照……), and the citation each carries. */
const CITING: Partial<Record<DocType, string>> = {
  investigation_notice: docs.law,
  investigation_report: `《消费品召回管理暂行规定》和${RULES}第十条`,
  defect_investigation_notice: `《消费品召回管理暂行规定》和${RULES}第十一条`,
  recall_notice: docs.law,
  final_summary: `《消费品召回管理暂行规定》和${RULES}第十六条`,
  stage_summary: `《消费品召回管理暂行规定》和${RULES}第十六条`,
  decision: `《消费品召回管理暂行规定》和${RULES}第十四条`,
  rerecall_notice: `《消费品召回管理暂行规定》和${RULES}第十七条`,
};

const DALIAN_PRODUCER = '大连海韵电器有限公司';
const PRESS = draftPressRelease({
  producerName: DALIAN_PRODUCER,
  bureauName: profile.provinceBureau.name,
  provinceRules: profile.recallRules,
  voluntary: true,
  investigated: false,
  plan: { ...PLAN_PATCH, producerName: DALIAN_PRODUCER, defect: '温控器失效', consequence: '可能引发火灾' },
});

/** A document of a Liaoning case, issued by the province bureau (辽 第四、九条). */
const liaoningInput = (type: DocType) =>
  inputOf(type, {
    docs,
    bureauName: profile.provinceBureau.name,
    producerName: DALIAN_PRODUCER,
    docNo: inputOf(type).docNo ? `辽宁省市场监督管理局 文号〔2026〕1号` : null,
    priorNotice: {
      title: docMeta(docs, 'investigation_notice').title,
      docNo: '辽宁省市场监督管理局 调查分析〔2026〕1号',
    },
    ...(type === 'press_release' ? { data: PRESS } : {}),
  });

const squeeze = (s: string) => s.replace(/\s+/g, '');

test('the citations of the set match what the test expects of it', () => {
  for (const [type, cite] of Object.entries(CITING)) expect(docCitation(docs, type as DocType)).toBe(cite);
});

test('file names carry the Liaoning titles, without 附件 numbers', () => {
  expect(docxFileName({ type: 'receipt', docNo: null, issuedOn: '2026-02-20', docs })).toBe('送达回证-2026-02-20.docx');
  expect(
    docxFileName({
      type: 'recall_notice',
      docNo: '辽宁省市场监督管理局 召回通知〔2026〕1号',
      issuedOn: '2026-02-20',
      docs,
    }),
  ).toBe('消费品召回通知书-辽宁省市场监督管理局召回通知〔2026〕1号.docx');
});

test('the 新闻稿 drafted under Liaoning cites the Liaoning rules', () => {
  expect(PRESS.body).toContain(
    `按照《消费品召回管理暂行规定》${RULES}的要求，主动向辽宁省市场监督管理局报告了召回计划`,
  );
  expect(PRESS.body).not.toMatch(JIANGSU);
});

describeWithLibreOffice()(
  'every Liaoning document converts with LibreOffice, titled and citing as the set says',
  () => {
    const texts: Partial<Record<DocType, string>> = {};

    beforeAll(async () => {
      const rendered = await Promise.all(DOC_TYPE_KEYS.map((type) => renderDocx(liaoningInput(type))));
      pdfTextsOf(rendered).forEach((text, i) => (texts[DOC_TYPE_KEYS[i]] = squeeze(text)));
    }, 300_000);

    test.each(DOC_TYPE_KEYS)('%s', (type) => {
      const text = texts[type]!;
      const title = type === 'press_release' ? PRESS.title : docMeta(docs, type).title;
      expect(text).toContain(squeeze(title));
      if (CITING[type]) expect(text).toContain(squeeze(CITING[type]!));
      if (type === 'press_release') expect(text).toContain(RULES);
      expect(text).not.toMatch(JIANGSU);
    });
  },
);

describe('a server with PROVINCE=liaoning issues the Liaoning documents', () => {
  let t: TestApp;
  let province: string;
  let producer: string;
  const USCC = usccOf('210204');

  beforeAll(async () => {
    t = await startApp({ PROVINCE: 'liaoning' });
    province = await staff(t, { role: 'province', org: '210000', username: 'ln', password: 'ln-pass-123' });
    producer = await staff(t, {
      role: 'producer',
      org: USCC,
      username: 'haiyun',
      password: 'haiyun-pass-1',
      producerName: DALIAN_PRODUCER,
    });
  }, 120_000);

  afterAll(async () => {
    await setToday(t, null);
    await t.close();
  });

  const download = async (url: string) => {
    const res = await t.http().get(url).set(bearer(province)).responseType('blob');
    expect(res.status).toBe(200);
    return docxText(res.body as Buffer);
  };

  it('names and cites them as the profile says, and drafts the 新闻稿 citing the Liaoning rules', async () => {
    const api = caseApi(t);
    await setToday(t, '2026-03-02');
    const opened = await t.http().post('/api/cases').set(bearer(province)).send({
      producerUscc: USCC,
      producerName: DALIAN_PRODUCER,
      productName: '海韵牌电暖器',
      categoryCode: '01',
      summary: '温控器触点粘连，持续加热导致外壳过热。',
    });
    expect(opened.status).toBe(201);
    const id = ZCaseView.parse(opened.body).id;

    let v = ZCaseView.parse(
      (await api.act(province, id, 'start_defect_investigation', { forms: forms(['defect_investigation_notice']) }))
        .body,
    );
    const investigation = v.documents.find((d) => d.type === 'defect_investigation_notice')!;
    expect(investigation).toMatchObject({ title: '消费品缺陷调查通知书', annex: null });
    let text = await download(investigation.downloadUrl);
    expect(text).toContain(`根据${CITING.defect_investigation_notice}的规定`);
    expect(text).not.toMatch(JIANGSU);

    v = ZCaseView.parse((await api.act(province, id, 'issue_recall_notice', { forms: forms(['recall_notice']) })).body);
    const notice = v.documents.find((d) => d.type === 'recall_notice')!;
    expect(notice.docNo).toBe('辽宁省市场监督管理局 召回通知〔2026〕1号');
    text = await download(notice.downloadUrl);
    expect(text).toContain(`按照${docs.law}的有关要求向我局报告召回计划`);
    expect(text).not.toMatch(JIANGSU);

    v = ZCaseView.parse((await api.receipt(producer, id, notice.id)).body);
    const receipt = v.documents.find((d) => d.type === 'receipt')!;
    expect(receipt).toMatchObject({ title: '送达回证', annex: null });
    text = await download(receipt.downloadUrl);
    expect(text.split('\n')[0]).toBe('送达回证');
    expect(text).toContain('☑ 消费品召回通知书（文号：辽宁省市场监督管理局 召回通知〔2026〕1号）');

    const planForms = forms(['recall_plan', 'recall_statement'], {
      recall_plan: { ...PLAN_PATCH, producerName: DALIAN_PRODUCER, productName: '海韵牌电暖器' },
    });
    expect((await api.act(producer, id, 'submit_plan', { forms: planForms })).status).toBe(200);
    v = ZCaseView.parse((await api.view(province, id)).body);
    const press = v.prefill.press_release!;
    expect(press.body).toContain(`按照《消费品召回管理暂行规定》${RULES}的要求`);
    expect(press.body).toContain('向辽宁省市场监督管理局报告了召回计划');
    expect(press.body).not.toMatch(JIANGSU);
  });

  it('gives the screens the Liaoning references (GET /api/bureaus)', async () => {
    const res = await t.http().get('/api/bureaus');
    expect(res.body.references).toEqual(docs.references);
    expect(res.body.references.warning).toBe(`${RULES}第四条第（七）项`);
    expect(JSON.stringify(res.body.references)).not.toMatch(JIANGSU);
  });
});
