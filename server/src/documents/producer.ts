import { DOC_FORMS, DOC_TYPES, DocType } from '@recall/shared';
import { fieldBlocks } from './fields';
import { Block, body, plain, signature, str, title } from './parts';
import type { DocRenderInput } from './types';

/** Producer documents (附件2/6/8/9/10, 异议书面说明): forms in template order. */
const LAW = '《消费品召回管理暂行规定》';
const RATE_NOTE = '注：完成率=完成召回消费品数量/涉及消费品数量';

function opening(input: DocRenderInput): string | null {
  const prior = input.priorNotice;
  switch (input.type) {
    case 'investigation_report': {
      const cite = prior ? `${prior.docNo}《${prior.title}》` : `《${DOC_TYPES.investigation_notice.title}》`;
      return `根据${LAW}及你局${cite}要求，我司对所涉产品进行了调查分析，现将本次调查分析结果进行详细报告如下。`;
    }
    case 'recall_statement':
      return `${input.producerName}现说明本召回相关事项，决定对本事项说明中所涉及产品实施召回，以消除安全隐患。`;
    case 'final_summary':
      return `按照${LAW}的有关规定，我公司现对召回活动提交召回总结报告。`;
    case 'stage_summary':
      return `按照${LAW}的有关规定，我公司现对召回活动提交召回阶段性报告。`;
    case 'objection': {
      const cite = prior ? `${prior.docNo}《${prior.title}》` : `《${DOC_TYPES.recall_notice.title}》`;
      // Addressed to the province (办法 第十七条): the notice is cited by its number, not as 你局's.
      return `我公司对${cite}的缺陷调查结果有异议，现提出书面说明如下，并提供相关证明材料。`;
    }
    default:
      return null;
  }
}

/** Template notes printed where a section ends (附件8). */
const SECTION_NOTES: Partial<Record<DocType, Record<string, string[]>>> = {
  recall_statement: {
    '1. 生产者信息': [
      '注：生产者在国家缺陷消费品召回综合管理信息平台（https://xfp.dpac.org.cn）注册、报告后，系统将自动生成召回编号。',
    ],
    '3. 销售渠道及销售信息': [
      '注：需注明主要销售商、销售地区及数量。说明直销还是分销，并注明主要经销商、销售地区及数量，若涉及经销商数量较多时，可以以附件形式提供。',
    ],
    '8. 召回费用预算（单位：元）': [
      '注：1. 费用单位为元，以上费用无则填0；2. 数量单位为消费者可直接采购的最小销售包装或销售单元。',
    ],
  },
};

const NOTES_AFTER_FIELDS: Partial<Record<DocType, string>> = { final_summary: RATE_NOTE, stage_summary: RATE_NOTE };
const NOTES_AT_END: Partial<Record<DocType, string>> = { recall_plan: '（注：仅对外公开召回计划与召回新闻稿）' };
const SIGNER: Partial<Record<DocType, string>> = {
  final_summary: '生产者名称（签章）',
  stage_summary: '生产者名称（签章）',
};

function addressee(input: DocRenderInput): Block[] {
  if (input.type === 'recall_plan') return []; // public document: the template has no addressee
  return [plain(`${input.bureauName}：`)];
}

function signatureOf(input: DocRenderInput): Block[] {
  if (DOC_TYPES[input.type].party === 'bureau') return signature(input.bureauName, input.issuedOn);
  return signature(`${SIGNER[input.type] ?? '生产者（章）'}：${input.producerName}`, input.issuedOn);
}

export function formBlocks(input: DocRenderInput): Block[] {
  const first = opening(input);
  const after = NOTES_AFTER_FIELDS[input.type];
  const end = NOTES_AT_END[input.type];
  return [
    title(DOC_TYPES[input.type].title),
    ...addressee(input),
    ...(first ? body(first) : []),
    ...fieldBlocks({
      fields: DOC_FORMS[input.type].fields,
      data: input.data,
      images: input.images,
      sectionNotes: SECTION_NOTES[input.type],
    }),
    ...(after ? [plain(after)] : []),
    ...signatureOf(input),
    ...(end ? [plain(end)] : []),
  ];
}

/** 附件7 新闻稿: the headline and the paragraphs (separated by blank lines), indented. */
export function pressReleaseBlocks(input: DocRenderInput): Block[] {
  const paragraphs = str(input.data.body)
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ''))
    .filter((p) => p.trim());
  return [title(str(input.data.title) || DOC_TYPES.press_release.title), ...paragraphs.flatMap(body)];
}
