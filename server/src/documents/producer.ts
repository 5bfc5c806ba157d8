import { DOC_FORMS, DOC_TYPES, DocType, docCitation, docMeta } from '@recall/shared';
import { fieldBlocks } from './fields';
import { Block, body, plain, signature, str, title } from './parts';
import { recallPlanFields } from './plan';
import { investigationReportFields } from './report';
import { recallStatementFields } from './statement';
import { summaryFields } from './summary';
import type { DocRenderInput } from './types';

/** Producer documents (附件2/6/8/9/10, 异议书面说明): forms in template order; the rules cited are the set's. */

function opening(input: DocRenderInput): string | null {
  const prior = input.priorNotice;
  const LAW = docCitation(input.docs, input.type);
  const titleOf = (t: DocType) => docMeta(input.docs, t).title;
  switch (input.type) {
    case 'investigation_report': {
      const cite = prior ? `${prior.docNo}《${prior.title}》` : `《${titleOf('investigation_notice')}》`;
      return `根据${LAW}及你局${cite}要求，我司对所涉产品进行了调查分析，现将本次调查分析结果进行详细报告如下。`;
    }
    case 'recall_statement':
      return `${input.producerName}现说明本召回相关事项，决定对本事项说明中所涉及产品实施召回，以消除安全隐患。`;
    case 'final_summary':
      return `按照${LAW}的有关规定，我公司现对召回活动提交召回总结报告。`;
    case 'stage_summary':
      return `按照${LAW}的有关规定，我公司现对召回活动提交召回阶段性报告。`;
    case 'objection': {
      const cite = prior ? `${prior.docNo}《${prior.title}》` : `《${titleOf('recall_notice')}》`;
      // Addressed to the province (办法 第十七条): the notice is cited by its number, not as 你局's.
      return `我公司对${cite}的缺陷调查结果有异议，现提出书面说明如下，并提供相关证明材料。`;
    }
    default:
      return null;
  }
}

/** The templates laid out field by field; the others (异议书面说明, 处理决定) list their form. */
const TEMPLATES: Partial<Record<DocType, (input: DocRenderInput) => Block[]>> = {
  investigation_report: investigationReportFields,
  recall_plan: recallPlanFields,
  recall_statement: recallStatementFields,
  final_summary: summaryFields,
  stage_summary: summaryFields,
};
const SIGNER: Partial<Record<DocType, string>> = {
  final_summary: '生产者名称（签章）',
  stage_summary: '生产者名称（签章）',
};

function addressee(input: DocRenderInput): Block[] {
  if (input.type === 'recall_plan') return []; // public document: the template has no addressee
  return [plain(`${input.bureauName}：`)];
}

function signatureOf(input: DocRenderInput): Block[] {
  if (input.type === 'recall_plan') return []; // the public plan has no seal in the template
  if (DOC_TYPES[input.type].party === 'bureau') return signature(input.bureauName, input.issuedOn);
  return signature(`${SIGNER[input.type] ?? '生产者（章）'}：${input.producerName}`, input.issuedOn);
}

function fields(input: DocRenderInput): Block[] {
  const template = TEMPLATES[input.type];
  if (template) return template(input);
  return fieldBlocks({ fields: DOC_FORMS[input.type].fields, data: input.data, images: input.images });
}

export function formBlocks(input: DocRenderInput): Block[] {
  const first = opening(input);
  return [
    title(docMeta(input.docs, input.type).title),
    ...addressee(input),
    ...(first ? body(first) : []),
    ...fields(input),
    ...signatureOf(input),
  ];
}

/** 附件7 新闻稿: the headline and the paragraphs (separated by blank lines), indented. */
export function pressReleaseBlocks(input: DocRenderInput): Block[] {
  const paragraphs = str(input.data.body)
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ''))
    .filter((p) => p.trim());
  return [title(str(input.data.title) || docMeta(input.docs, 'press_release').title), ...paragraphs.flatMap(body)];
}
