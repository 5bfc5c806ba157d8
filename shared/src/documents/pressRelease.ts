import { REMEDIES, Remedy } from '../enums';

export interface PressReleaseInput {
  producerName: string;
  bureauName: string;
  voluntary: boolean;
  /** The 附件6 plan as filed. */
  plan: Record<string, unknown>;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const cn = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number);
  return y ? `${y}年${m}月${d}日` : '';
};

/** Drafts the 新闻稿 (附件7) from the plan, in the template's words, for the bureau to edit. */
export function draftPressRelease({ producerName, bureauName, voluntary, plan }: PressReleaseInput): {
  title: string;
  body: string;
} {
  // "豪牌" already says 牌; "豪" becomes "豪牌".
  const brand = str(plan.brand).replace(/牌$/, '');
  const product = str(plan.productName);
  const models = Array.isArray(plan.models) ? (plan.models as string[]).join('、') : '';
  const from = str(plan.productionFrom);
  const to = str(plan.productionTo);
  const period = from && to ? `${cn(from)}至${cn(to)}期间制造的` : '';
  const remedy = REMEDIES[plan.remedyType as Remedy] ?? '';
  const title = `${producerName}召回${brand ? `${brand}牌` : ''}${product}`;
  const body = [
    `日前，${producerName}${voluntary ? '' : '（受缺陷调查影响）'}按照《消费品召回管理暂行规定》《江苏省缺陷消费品召回管理办法》的要求，${voluntary ? '主动' : ''}向${bureauName}报告了召回计划，将自${cn(str(plan.startDate))}起，召回${period}${brand ? `${brand}牌` : ''}${models ? `${models}型号` : ''}${product}，涉及数量为${plan.involvedQty ?? ''}件。`,
    `本次召回范围内的${product}，存在${str(plan.defect)}的缺陷，可能导致${str(plan.consequence)}的后果。`,
    `${producerName}将${str(plan.measures) || `为客户${remedy}`}，以消除安全隐患。`,
    `消费者可通过${str(plan.contact)}了解具体情况，也可在“缺陷消费品召回”小程序中扫描商品条码或搜索产品，查询持有的产品是否在召回范围内并申请召回。消费者可向${bureauName}反映召回活动实施过程中的问题或提供缺陷线索。此外，消费者还可登录国家市场监督管理总局缺陷产品召回技术中心网站、中国产品安全与召回信息网，或关注微信公众号（SAMRDPRC），了解更多信息，反映缺陷线索。`,
  ].join('\n\n');
  return { title: title.slice(0, 100), body };
}
