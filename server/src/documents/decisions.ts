import {
  ACT_REASONS,
  DOC_FORMS,
  DOC_TYPES,
  PLAN_CRITERIA,
  displayValue,
  docCitation,
  docMeta,
  type LegalAct,
} from '@recall/shared';
import { SP, Block, body, box, centered, cnDate, columns, grid, heading, plain, signature, str, title } from './parts';
import type { DocRenderInput } from './types';

/**
 * The written acts besides the notices, laid out like them (title, 文号, addressee, text, seal and
 * date): the province's 缺陷重新认定结果告知书, the 召回计划退回补正通知书 with the four review
 * criteria as a checklist, the 重新实施召回通知书, and the escalation reports to the province and
 * to SAMR. The reasons are the officer's; the facts were written by the server when it was issued.
 * The rules cited come from the province's document set.
 */
type ActInput = DocRenderInput & { type: LegalAct };

const cite = (input: DocRenderInput) =>
  input.priorNotice ? `${input.priorNotice.docNo}《${input.priorNotice.title}》` : '召回通知书';

function decisionText(input: ActInput): string[] {
  const d = input.data;
  const objected = d.objectedOn ? `于${cnDate(str(d.objectedOn))}` : '';
  const first = `你公司${objected}对${cite(input)}的缺陷认定提出异议。我局已另行组织重新认定，现将认定结果书面告知如下：`;
  if (d.result === 'upheld') return [first, `经重新认定，你公司提出的异议成立，撤销${cite(input)}的缺陷认定。`];
  const due = d.replyDueOn ? `于${cnDate(str(d.replyDueOn))}前` : '在规定期限内';
  return [
    first,
    `经重新认定，你公司提出的异议不成立，维持${cite(input)}的缺陷认定。请你公司${due}按照${docCitation(input.docs, input.type)}的有关要求报告召回计划，并实施召回。`,
  ];
}

function planReturnText(input: ActInput): string[] {
  const product = str(input.data.productName) || '产品';
  return [`你公司报告的${product}召回计划，经我局审查，审查情况如下，请补正后重新报告召回计划。`];
}

function checklist(data: Record<string, unknown>): Block {
  const rows = PLAN_CRITERIA.map(([key, label]) => [
    { text: label },
    { text: `${box(data[key] === 'met')} 符合${SP}${box(data[key] === 'unmet')} 不符合` },
  ]);
  return grid(
    [
      [
        { text: '审查项目', bold: true },
        { text: '审查结论', bold: true },
      ],
      ...rows,
    ],
    columns(2, 3),
  );
}

function rerecallText(input: ActInput): string[] {
  const d = input.data;
  const findings = DOC_FORMS.rerecall_notice.fields.find((f) => f.key === 'findings')!;
  const found = displayValue(findings, d.findings);
  const due = d.replyDueOn ? `并于${cnDate(str(d.replyDueOn))}前` : '并';
  return [
    `经监督检查，你公司对${str(d.productName) || '缺陷产品'}实施的召回${found ? `存在以下问题：${found}` : '未能消除缺陷或降低安全风险'}。`,
    `根据${docCitation(input.docs, input.type)}的有关要求，请你公司重新实施召回，${due}向我局报告召回计划。`,
  ];
}

function escalationText(input: ActInput): string[] {
  const d = input.data;
  const notice = d.noticeDocNo ? `${str(d.noticeDocNo)}《消费品召回通知书》` : '召回通知书';
  const received = d.receivedOn ? `，该通知书于${cnDate(str(d.receivedOn))}送达` : '';
  const passed = d.dueOn ? `${str(d.dueLabel)}的期限已于${cnDate(str(d.dueOn))}届满，` : '';
  const facts = `${input.producerName}生产的${str(d.productName)}经认定存在缺陷，已发出${notice}${received}。${passed}该生产者既未按照通知要求实施召回，又未在规定期限内提出异议或异议经重新认定不成立。`;
  if (input.type === 'escalation_report')
    return [facts, '现提交书面材料，请省局上报国家市场监督管理总局，责令生产者实施召回。'];
  const from = d.escalationDocNo ? `（${str(d.escalationDocNo)}）` : '';
  return [`${str(d.cityName)}提请责令召回${from}：${facts}`, '现报请你局责令该生产者实施召回。'];
}

const TEXT: Record<LegalAct, (input: ActInput) => string[]> = {
  decision: decisionText,
  plan_return: planReturnText,
  rerecall_notice: rerecallText,
  escalation_report: escalationText,
  samr_report: escalationText,
};

/** Sections after the text: the checklist, the reasons, what the form adds. */
function sections(input: ActInput): Block[] {
  const d = input.data;
  const out: Block[] = input.type === 'plan_return' ? [checklist(d)] : [];
  out.push(heading(ACT_REASONS[input.type]), ...body(str(d.reasons) || '无'));
  for (const f of DOC_FORMS[input.type].fields.filter((x) => x.kind === 'textarea' && str(d[x.key])))
    out.push(heading(f.label), ...body(str(d[f.key])));
  return out;
}

/** 召回计划审查记录: the bureau's record of the four criteria for the plan it accepted. */
export function reviewBlocks(input: DocRenderInput): Block[] {
  return [
    title(docMeta(input.docs, 'plan_review').title),
    ...body(`${input.producerName}报告的召回计划，经我局审查，审查情况如下。审查结论：接受召回计划并公示。`),
    checklist(input.data),
    ...signature(input.bureauName, input.issuedOn),
  ];
}

export function actBlocks(input: ActInput): Block[] {
  const meta = { ...DOC_TYPES[input.type], ...docMeta(input.docs, input.type) };
  return [
    title(meta.title),
    centered(input.docNo ?? `${input.bureauName}${meta.word}〔${SP}${SP}〕号`),
    plain(`${input.addressee ?? input.producerName}：`),
    ...TEXT[input.type](input).flatMap(body),
    ...sections(input),
    ...signature(input.bureauName, input.issuedOn),
  ];
}
