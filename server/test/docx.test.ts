import JSZip from 'jszip';
import { DOC_TYPES, DOC_TYPE_KEYS, DocType, isNumberedDoc } from '@recall/shared';
import { docxFileName, renderDocx } from '../src/documents/docx';
import { buildDossierZip } from '../src/documents/dossier';
import { DOC_NOS, inputOf } from './support/doc-inputs';
import { docxText } from './support/docx-text';
import { phonePhoto } from './support/images';

/** Rendering every workflow document as DOCX (no app needed). */
async function documentXml(buf: Buffer): Promise<string> {
  expect(buf.subarray(0, 2).toString('latin1')).toBe('PK');
  const zip = await JSZip.loadAsync(buf);
  const file = zip.file('word/document.xml');
  expect(file).not.toBeNull();
  return file!.async('string');
}

const EXPECTED: Record<DocType, string[]> = {
  investigation_notice: ['2026年3月5日前将调查分析结果报送我局', '一、产品基本信息', '批次', '20250901'],
  investigation_report: [
    '我司对所涉产品进行了调查分析',
    '及你局苏州市市场监督管理局调查分析〔2026〕12号《消费品调查分析通知书》要求',
    '1. 生产者信息',
  ],
  defect_investigation_notice: [
    '未按照我局通知《消费品调查分析通知书》（苏州市市场监督管理局调查分析〔2026〕12号）要求开展产品调查分析',
    '产品类型',
    '家用电器',
  ],
  recall_notice: ['2026年3月5日至2026年3月5日', '10个工作日', '逾期视为放弃权利', '二、缺陷描述'],
  receipt: [
    '☑ 消费品召回通知书（文号：苏州市市场监督管理局召回通知〔2026〕3号）',
    '☐ 消费品调查分析通知书（文号：）',
    '张丽（电子确认）　2026年2月21日 14:30',
    '法务专员',
    '送达地点示例',
    '备注示例',
    '☑ 其他（其他材料名称示例）',
  ],
  recall_plan: ['（注：仅对外公开召回计划与召回新闻稿）', 'NY-2000、NY-2200', '照片见附件'],
  press_release: ['苏州暖阳电器有限公司召回暖阳牌电暖器', '本次召回范围内的电暖器存在缺陷。'],
  recall_statement: [
    '现说明本召回相关事项',
    '销售商名称',
    '苏州某电器商场',
    '召回费用预算（单位：元）',
    'xfp.dpac.org.cn',
  ],
  final_summary: [
    '☑电商',
    '☐官网',
    '注：完成率=完成召回消费品数量/涉及消费品数量',
    '生产者名称（签章）',
    '召回总结报告',
  ],
  stage_summary: [
    '本阶段实际完成率',
    '80%',
    '☑是/☐否达到完成率目标',
    '2026年3月5日',
    '注：完成率=完成召回消费品数量/涉及消费品数量',
  ],
  objection: ['异议理由', '温控器触点在长时间使用后可能粘连'],
  // The acts (the reasons and facts the server writes are tested in 'legal acts' below).
  decision: [
    '苏州暖阳电器有限公司：',
    '苏州市市场监督管理局重新认定〔　　〕号',
    '重新认定情况（技术机构、专家意见等）',
  ],
  plan_return: ['批次准确', '措施可行', '☑ 符合　☐ 不符合', '审查意见'],
  plan_review: ['苏州暖阳电器有限公司报告的召回计划', '审查结论：接受召回计划并公示', '☑ 符合　☐ 不符合'],
  rerecall_notice: ['存在以下问题：召回措施未能消除缺陷或降低安全风险', '请你公司重新实施召回'],
  escalation_report: ['请省局上报国家市场监督管理总局，责令生产者实施召回', '随附材料'],
  samr_report: ['现报请你局责令该生产者实施召回', '随附材料'],
};

describe('renderDocx', () => {
  test.each(DOC_TYPE_KEYS)('%s', async (type) => {
    const input = inputOf(type);
    const xml = await documentXml(await renderDocx(input));
    if (type !== 'press_release') expect(xml).toContain(DOC_TYPES[type].title);
    if (isNumberedDoc(type)) {
      expect(xml).toContain(input.docNo);
      expect(xml).toContain('苏州暖阳电器有限公司：');
      expect(xml).toContain('2026年2月20日');
    }
    for (const s of EXPECTED[type]) expect(xml).toContain(s);
  });

  describe('legal acts', () => {
    test('the province tells the producer the result of its re-determination, with the plan date', async () => {
      const data = {
        review: '',
        reasons: '经技术机构检测，温控器触点粘连可复现',
        result: 'rejected',
        objectedOn: '2026-03-18',
        replyDueOn: '2026-04-02',
      };
      const xml = await documentXml(
        await renderDocx(
          inputOf('decision', {
            docNo: '江苏省市场监督管理局 重新认定〔2026〕1号',
            bureauName: '江苏省市场监督管理局',
            priorNotice: { title: '消费品召回通知书', docNo: DOC_NOS.recall_notice! },
            data,
          }),
        ),
      );
      expect(xml).toContain('江苏省市场监督管理局 重新认定〔2026〕1号');
      expect(xml).toContain(
        '你公司于2026年3月18日对苏州市市场监督管理局召回通知〔2026〕3号《消费品召回通知书》的缺陷认定提出异议',
      );
      expect(xml).toContain('你公司提出的异议不成立');
      expect(xml).toContain('请你公司于2026年4月2日前');
      expect(xml).toContain('经技术机构检测，温控器触点粘连可复现');
      // Signed by the province, on its seal line (GB/T 9704: the issuer with （章）).
      expect(xml).toContain('江苏省市场监督管理局（章）</w:t>');
    });

    test('a returned plan prints the four criteria as ticked', async () => {
      const data = {
        batchesAccurate: 'met',
        quantityTrue: 'unmet',
        contentComplete: 'met',
        reasons: '涉及数量与销售记录不符',
      };
      const xml = await documentXml(await renderDocx(inputOf('plan_return', { data })));
      expect(xml).toContain('☐ 符合　☑ 不符合');
      expect(xml).toContain('涉及数量与销售记录不符');
      // 措施可行 was not marked: neither box is ticked.
      expect(xml).toContain('☐ 符合　☐ 不符合');
    });

    test('escalation materials go up to the province, stating the notice, its receipt and the deadline that passed', async () => {
      const data = {
        materials: '',
        reasons: '多次电话催告未果',
        productName: '暖阳牌电暖器',
        noticeDocNo: DOC_NOS.recall_notice,
        receivedOn: '2026-03-16',
        dueLabel: '报告召回计划或提出异议',
        dueOn: '2026-03-30',
      };
      const xml = await documentXml(
        await renderDocx(inputOf('escalation_report', { data, addressee: '江苏省市场监督管理局' })),
      );
      expect(xml).toContain('江苏省市场监督管理局：');
      expect(xml).toContain('该通知书于2026年3月16日送达');
      expect(xml).toContain('报告召回计划或提出异议的期限已于2026年3月30日届满');
      expect(xml).toContain('多次电话催告未果');
    });
  });

  test('a paper receipt prints the day received, the signed name and how it was delivered', async () => {
    const input = inputOf('receipt');
    const receipt = {
      ...input.receipt!,
      deliveryMethod: 'county_bureau' as const,
      receivedOn: '2026-02-23',
      signedBy: '李明',
    };
    const xml = await documentXml(await renderDocx({ ...input, receipt }));
    expect(xml).toContain('李明（纸质回执签收）　2026年2月23日');
    expect(xml).toContain('送达方式：委托县级市场监管局送达');
    expect(xml).not.toContain('（电子确认）');
    expect(xml).not.toContain('电子送达');
  });

  test('an electronic receipt: delivered in the app on the day confirmed; 备注 as entered, then how', async () => {
    const input = inputOf('receipt');
    const data: Record<string, unknown> = { ...input.data, otherMaterials: [] };
    for (const k of ['place', 'otherMaterialsNote']) delete data[k];
    const text = await docxText(await renderDocx({ ...input, data }));
    expect(text).toContain('| 送达地点 | 电子送达（“缺陷消费品召回”小程序） |');
    expect(text).toContain('| 送达日期 | 2026年2月21日 |');
    expect(text).toContain('| 备注 | 备注示例⏎电子送达：受送达人通过“缺陷消费品召回”小程序在线确认收悉 |');
    expect(text).toContain('☐ 产品检测报告　☐ 其他（　　）');
  });

  test('official documents hold no project-only rows and are set in 三号 with a seal line', async () => {
    const plan = await renderDocx(inputOf('recall_plan'));
    const planText = await docxText(plan);
    for (const s of ['商品条码', '召回措施类型', '召回开始日期', '（章）']) expect(planText).not.toContain(s);
    expect(await docxText(await renderDocx(inputOf('investigation_report')))).not.toContain('调查分析结论');
    const notice = await renderDocx(inputOf('recall_notice'));
    expect(await docxText(notice)).toContain('苏州市市场监督管理局（章）\n2026年2月20日');
    const styles = await (await JSZip.loadAsync(notice)).file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="32"\/>/);
  });

  test('unanswered questions of a summary tick neither 是 nor 否', async () => {
    const input = inputOf('final_summary');
    const data = { ...input.data, budget: undefined, hotlines: 0, newInjuryComplaints: undefined, onlinePlatform: '' };
    const text = await docxText(await renderDocx({ ...input, data }));
    expect(text).toContain('☐是/☐否预算了召回活动经费，如有，预算经费 　 元。');
    expect(text).toContain('☐是/☑否建立了召回活动咨询热线电话');
    expect(text).toContain('☐是/☐否出现新的伤害的投诉');
    expect(text).toContain('☐是/☑否建立了召回活动咨询网络平台，网络平台名称：');
  });

  test('a notice without a number prints the blank number line', async () => {
    const xml = await documentXml(await renderDocx(inputOf('investigation_notice', { docNo: null })));
    expect(xml).toContain('苏州市市场监督管理局调查分析〔　　〕号');
  });

  test('photos are embedded, at most 12 cm wide', async () => {
    const photo = await phonePhoto();
    const buf = await renderDocx(inputOf('investigation_report', { images: [{ key: 'photos', data: photo }] }));
    const zip = await JSZip.loadAsync(buf);
    expect(Object.keys(zip.files).some((p) => p.startsWith('word/media/'))).toBe(true);
    const xml = await zip.file('word/document.xml')!.async('string');
    const cx = Number(/<wp:extent cx="(\d+)"/.exec(xml)![1]);
    expect(cx).toBeLessThanOrEqual(12 * 360000);
    expect(cx).toBeGreaterThan(10 * 360000);
  });
});

describe('docxFileName', () => {
  test('names notices by number and other documents by date', () => {
    expect(
      docxFileName({
        type: 'recall_notice',
        docNo: '苏州市市场监督管理局 召回通知〔2026〕3号',
        issuedOn: '2026-02-20',
      }),
    ).toBe('附件4-消费品召回通知书-苏州市市场监督管理局召回通知〔2026〕3号.docx');
    expect(docxFileName({ type: 'objection', docNo: null, issuedOn: '2026-02-20' })).toBe(
      '异议书面说明-2026-02-20.docx',
    );
    expect(docxFileName({ type: 'receipt', docNo: 'a/b:c', issuedOn: '2026-02-20' })).toBe('附件5-送达回执-a_b_c.docx');
  });
});

describe('buildDossierZip', () => {
  test('round-trips entries in path order', async () => {
    const docx = await renderDocx(inputOf('decision'));
    const buf = await buildDossierZip([
      { path: '02-文书/处理决定.docx', data: docx },
      { path: '01-案件信息.txt', data: '案件编号：SZ-2026-0001' },
    ]);
    expect(buf.subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = await JSZip.loadAsync(buf);
    const files = Object.values(zip.files).filter((f) => !f.dir);
    expect(files.map((f) => f.name)).toEqual(['01-案件信息.txt', '02-文书/处理决定.docx']);
    expect(await zip.file('01-案件信息.txt')!.async('string')).toBe('案件编号：SZ-2026-0001');
    expect(Buffer.compare(await zip.file('02-文书/处理决定.docx')!.async('nodebuffer'), docx)).toBe(0);
  });

  test('rejects paths that leave the archive', async () => {
    await expect(buildDossierZip([{ path: '../x.txt', data: 'x' }])).rejects.toThrow('invalid dossier path');
    await expect(buildDossierZip([{ path: '/x.txt', data: 'x' }])).rejects.toThrow('invalid dossier path');
  });
});
