import { DOC_FORMS, DOC_TYPES, FormField, NumberedDoc, displayValue, docCitation, docMeta } from '@recall/shared';
import { SP, Block, Cell, body, centered, cnDate, columns, grid, heading, plain, signature, str, title } from './parts';
import type { DocRenderInput } from './types';

/**
 * 附件1 消费品调查分析通知书, 附件3 消费品缺陷调查通知书, 附件4 消费品召回通知书 (and their
 * counterparts in other provinces' sets): the rules cited come from the province's document set.
 */

/** The cells of 一、产品基本信息: [wide pair], [three pairs], as in the templates. */
const PRODUCT_CELLS: Record<NumberedDoc, [string[], string[]]> = {
  investigation_notice: [
    ['productName', 'brand'],
    ['model', 'spec', 'batch'],
  ],
  defect_investigation_notice: [
    ['productName', 'productType'],
    ['model', 'spec', 'brand'],
  ],
  recall_notice: [
    ['productName', 'productType'],
    ['model', 'spec', 'brand'],
  ],
};

function fieldOf(type: NumberedDoc, key: string): FormField {
  return DOC_FORMS[type].fields.find((f) => f.key === key)!;
}

function productTable(type: NumberedDoc, data: Record<string, unknown>) {
  const pair = (key: string, span?: number): Cell[] => {
    const f = fieldOf(type, key);
    return [{ text: f.label }, { text: displayValue(f, data[key]), span }];
  };
  const [[wide, narrow], three] = PRODUCT_CELLS[type];
  const rows = [[...pair(wide, 3), ...pair(narrow)], three.flatMap((k) => pair(k))];
  return grid(rows, columns(2, 3, 2, 3, 2, 3));
}

function defectInvestigationReason(input: DocRenderInput): string {
  const prior = input.priorNotice ? `《${input.priorNotice.title}》（${input.priorNotice.docNo}）` : '';
  switch (input.data.basis) {
    case 'no_report':
      return `由于你公司未按照我局通知${prior}要求开展产品调查分析`;
    case 'insufficient':
      return `由于你公司${prior ? `按照我局通知${prior}` : ''}提供的关于产品调查分析结果不能证明产品不存在缺陷`;
    case 'samr':
      return '根据国家市场监督管理总局通知要求';
    default:
      return '经会商研究';
  }
}

/** 附件4: the risk-assessment report the determination cites (办法 第十六条), when it cites one. */
function riskBasis(value: unknown): string {
  const b = value as { institution?: string; reportedOn?: string } | undefined;
  return b?.institution && b.reportedOn ? `并依据${b.institution}风险评估报告（${cnDate(b.reportedOn)}），` : '';
}

function opening(input: DocRenderInput): string[] {
  const LAW = docCitation(input.docs, input.type);
  const d = input.data;
  const product = str(d.productName) || '产品';
  switch (input.type) {
    case 'investigation_notice':
      return [
        `现发现你公司生产的${product}涉嫌存在缺陷，根据${LAW}的要求，请你公司立即对上述产品进行调查分析，并于${cnDate(str(d.reportDueOn))}前将调查分析结果报送我局。`,
        `如你公司确认产品存在缺陷，应按照${LAW}的要求，主动实施召回。`,
      ];
    case 'defect_investigation_notice':
      return [
        `根据${LAW}的规定，${defectInvestigationReason(input)}，我局将对你公司生产的${product}开展缺陷调查，请予以配合。`,
      ];
    default:
      return [
        `${cnDate(str(d.investigationFrom))}至${cnDate(str(d.investigationTo))}，我局对你公司生产的${product}问题开展了缺陷调查及认定工作。经调查核实，${riskBasis(d.riskBasis)}确定你公司生产的上述产品存在缺陷。请你公司自收到本通知书之日起10个工作日内，按照${LAW}的有关要求向我局报告召回计划，并实施召回。如对缺陷调查结果有异议，应当自收到本通知书之日起10个工作日内向我局提出书面说明，并提供相关证明材料，逾期视为放弃权利。`,
        `既不能按通知要求实施召回又未在规定时间内提出异议的，根据${LAW}，将责令你公司召回。`,
      ];
  }
}

/** 二、… and 三、…: the textarea fields under their section headings. */
function textSections(type: NumberedDoc, data: Record<string, unknown>): Block[] {
  return DOC_FORMS[type].fields
    .filter((f) => f.kind === 'textarea')
    .flatMap((f) => [heading(f.section ?? f.label), ...body(str(data[f.key]) || '无')]);
}

export function noticeBlocks(input: DocRenderInput & { type: NumberedDoc }): Block[] {
  const meta = { ...DOC_TYPES[input.type], ...docMeta(input.docs, input.type) };
  const productSection = fieldOf(input.type, 'productName').section ?? '一、产品基本信息';
  return [
    title(meta.title),
    centered(input.docNo ?? `${input.bureauName}${meta.word}〔${SP}${SP}〕号`),
    plain(`${input.producerName}：`),
    ...opening(input).flatMap(body),
    heading(productSection),
    productTable(input.type, input.data),
    ...textSections(input.type, input.data),
    ...signature(input.bureauName, input.issuedOn),
  ];
}
