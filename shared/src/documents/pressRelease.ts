import { REMEDIES, Remedy } from '../enums';
import { consequenceClause, contactPhrase, defectClause, measuresClause, productPhrase, trimPunct } from './fragments';

export interface PressReleaseInput {
  producerName: string;
  bureauName: string;
  /** The bureau's 消费品召回管理工作联系电话 (province profile); without one consumers are sent to 12315. */
  bureauPhone?: string | null;
  /** The province's own rules as cited after 《消费品召回管理暂行规定》, from its profile. */
  provinceRules: string;
  /** The producer reported the plan of its own accord (主动). */
  voluntary: boolean;
  /** The plan follows the bureau's defect investigation (受缺陷调查影响). */
  investigated: boolean;
  /** The producer's website (附件8), for 官方网站. */
  website?: string | null;
  /**
   * The recall published earlier from the same case. The new plan states the whole scope, so it is a
   * 扩大召回 when it involves more units: this time the difference, both together the plan's quantity.
   */
  earlier?: { startDate: string; quantity: number } | null;
  /** The 附件6 plan as filed. */
  plan: Record<string, unknown>;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const cn = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number);
  return y && m && d ? `${y}年${m}月${d}日` : '';
};
const count = (v: unknown): number | null => {
  const n = Number(v);
  return v !== '' && v !== null && Number.isInteger(n) && n >= 0 ? n : null;
};

/** What the template's "（或退货、退款等）" becomes when the plan gives only the remedy type. */
const REMEDY_WORDS: Record<Remedy, string> = {
  repair: '免费为客户修理召回范围内的产品',
  replace: '免费为客户更换一件全新的符合安全要求的产品',
  refund: `为客户办理${REMEDIES.refund}`,
  relabel: `免费为客户${REMEDIES.relabel}`,
  disposal: '对召回范围内的产品进行无害化处理',
  other: '为客户采取相应的补救措施',
};

const SAMR_SENTENCE =
  '此外，消费者还可登录国家市场监督管理总局缺陷产品召回技术中心网站、中国产品安全与召回信息网，或关注微信公众号（SAMRDPRC），了解更多信息，反映缺陷线索。';
const APP_SENTENCE = '消费者也可在“缺陷消费品召回”小程序中扫描商品条码或搜索产品，查询持有的产品是否在召回范围内。';

interface Parts {
  producer: string;
  product: string;
  qty: number | null;
  partial: boolean;
  /** 扩大召回: the earlier recall's start and the units added to it. */
  expansion: { startDate: string; added: number; total: number } | null;
}

function parts(input: PressReleaseInput): Parts {
  const { plan } = input;
  const batches = Array.isArray(plan.batches) ? plan.batches.filter(Boolean) : [];
  const qty = count(plan.involvedQty);
  const earlier = input.earlier;
  const expansion =
    earlier && qty !== null && qty > earlier.quantity && cn(earlier.startDate)
      ? { startDate: earlier.startDate, added: qty - earlier.quantity, total: qty }
      : null;
  return {
    producer: input.producerName.trim(),
    product: productPhrase(str(plan.brand), [], str(plan.productName)),
    qty: expansion ? expansion.added : qty,
    expansion,
    // Listed batches mean not every unit of the models is recalled: 召回部分….
    partial: batches.length > 0,
  };
}

/** Paragraph 1: who reported what to whom under which rules, from when, how many. */
function opening(input: PressReleaseInput, p: Parts): string {
  const { plan } = input;
  const x = p.expansion;
  const how = input.investigated
    ? `受缺陷调查影响，按照《消费品召回管理暂行规定》${input.provinceRules}的要求，向`
    : `按照《消费品召回管理暂行规定》${input.provinceRules}的要求，${input.voluntary ? '主动' : ''}向`;
  const from = cn(str(plan.productionFrom));
  const to = cn(str(plan.productionTo));
  const period = from && to ? `${from}至${to}期间制造的` : from ? `${from}以后制造的` : to ? `${to}以前制造的` : '';
  const models = Array.isArray(plan.models) ? plan.models.map(String) : [];
  const what = `${period}${p.partial ? '部分' : ''}${productPhrase(str(plan.brand), models, str(plan.productName))}`;
  const start = cn(str(plan.startDate));
  const when = start ? `将自${start}起，` : '将';
  const qty = p.qty !== null ? `，涉及数量为${p.qty}件` : '';
  const expansion = x
    ? `此次召回是在${cn(x.startDate)}实施的${p.product}召回活动基础上的扩大召回，两次共计召回数量为${x.total}件。`
    : '';
  return `日前，${p.producer}${how}${input.bureauName}报告了召回计划，${when}${x ? '扩大' : ''}召回${what}${qty}。${expansion}`;
}

/** Paragraph 2: 存在…的缺陷，可能导致…的后果 — or only the half the plan gives. */
function hazard(input: PressReleaseInput, p: Parts): string {
  const clauses = [defectClause(str(input.plan.defect)), consequenceClause(str(input.plan.consequence))].filter(
    Boolean,
  );
  return clauses.length ? `本次召回范围内的${p.product}，${clauses.join('，')}。` : '';
}

/** Paragraph 3: the measures as written, else the remedy type in the template's words. */
function remedy(input: PressReleaseInput, p: Parts): string {
  const written = measuresClause(str(input.plan.measures), p.producer);
  const measures = written || REMEDY_WORDS[input.plan.remedyType as Remedy] || '';
  return measures ? `${p.producer}将${measures}，以消除安全隐患。` : '';
}

/** The producer's website and contact, as the template's first sentence of paragraph 4. */
function producerContact(input: PressReleaseInput, p: Parts): string {
  const contact = str(input.plan.contact);
  const phrase = contactPhrase(contact);
  const site = trimPunct(str(input.website));
  const via = phrase ? `通过${phrase}进一步了解具体情况` : '';
  if (site) {
    const tail = via ? `，或${via}。` : '。';
    const list = contact && phrase === undefined ? `也可通过以下方式进一步了解具体情况：${trimPunct(contact)}。` : '';
    return `消费者可登录${p.producer}官方网站（${site}）查看持有的产品是否在受影响范围内${tail}${list}`;
  }
  if (via) return `消费者可${via}。`;
  return contact ? `消费者可通过以下方式进一步了解具体情况：${trimPunct(contact)}。` : '';
}

/** The bureau's own line when it has one; 12315 reaches every bureau otherwise. */
function bureauContact(input: PressReleaseInput): string {
  const phone = trimPunct(str(input.bureauPhone));
  return phone
    ? `消费者可拨打${input.bureauName}消费品召回管理工作联系电话（${phone}），反映召回活动实施过程中的问题或提供缺陷线索。`
    : `消费者可拨打12315，向${input.bureauName}反映召回活动实施过程中的问题或提供缺陷线索。`;
}

/**
 * Drafts the 新闻稿 (附件7) from the plan in the template's sentences, for the bureau to edit:
 * the optional words of the template (扩大, 部分, 受缺陷调查影响, 主动) only when they are true,
 * the producer's fragments trimmed so they join the sentences, the province's own rules cited.
 */
export function draftPressRelease(input: PressReleaseInput): { title: string; body: string } {
  const p = parts(input);
  const title = `${p.producer}${p.expansion ? '扩大' : ''}召回${p.partial ? '部分' : ''}${p.product}`;
  const contacts = [producerContact(input, p), APP_SENTENCE, bureauContact(input), SAMR_SENTENCE].join('');
  const body = [opening(input, p), hazard(input, p), remedy(input, p), contacts].filter(Boolean).join('\n\n');
  return { title: title.slice(0, 100), body };
}
