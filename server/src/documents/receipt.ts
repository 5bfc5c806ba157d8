import { DELIVERY_METHODS, DOC_TYPE_KEYS, NUMBERED_DOCS, docMeta, type DocType } from '@recall/shared';
import { SP, BLANK_DATE, Block, Cell, box, cnDate, cnDateTime, columns, grid, shanghaiDate, str, title } from './parts';
import type { DocRenderInput } from './types';

/**
 * 附件5 送达回执: the receipt table of the template, filled from the producer's confirmation in the
 * app, or from the paper receipt the bureau recorded (how it was delivered, the day it was
 * received, the name the recipient signed).
 */
function documentRows(input: DocRenderInput): Cell[][] {
  const r = input.receipt;
  const title_ = titleIn(input);
  const tick = (t: string) =>
    `${box(r?.noticeType === t)} ${title_(t)}（文号：${r?.noticeType === t ? r.noticeDocNo : ''}）`;
  const other = r && !(NUMBERED_DOCS as readonly string[]).includes(r.noticeType);
  const [first, ...rest] = NUMBERED_DOCS.map((t) => ({ text: tick(t), span: 3 }));
  return [
    [{ text: '送达材料', rowSpan: 6 }, { text: '名　称' }, { text: r ? title_(r.noticeType) : '', span: 3 }],
    [{ text: '文书', rowSpan: 4 }, first],
    ...rest.map((c) => [c]),
    [{ text: `${box(!!other)} 其他（${other ? `${title_(r.noticeType)} ${r.noticeDocNo}` : ''}）`, span: 3 }],
    [{ text: '其他材料' }, { text: otherMaterials(input.data), span: 3 }],
  ];
}

function otherMaterials(d: Record<string, unknown>): string {
  const chosen = Array.isArray(d.otherMaterials) ? (d.otherMaterials as string[]) : [];
  const note = str(d.otherMaterialsNote);
  return `${box(chosen.includes('testReport'))} 产品检测报告${SP}${box(chosen.includes('other'))} 其他（${note || SP + SP}）`;
}

/** A document's title in the province's set; an unknown type prints as given. */
const titleIn =
  (input: DocRenderInput) =>
  (t: string): string =>
    (DOC_TYPE_KEYS as readonly string[]).includes(t) ? docMeta(input.docs, t as DocType).title : t;

function recipientRows(input: DocRenderInput): Cell[][] {
  const d = input.data;
  const r = input.receipt;
  const row = (label: string, text: string): Cell[] => [
    { text: label, span: 2 },
    { text, span: 3 },
  ];
  const paper = !!r && isPaper(r);
  return [
    row('受送达人', input.producerName),
    row('送达地点', str(d.place) || (r && !paper ? ELECTRONIC : '')),
    row('送达日期', r ? cnDate(r.receivedOn ?? shanghaiDate(r.confirmedAt)) : BLANK_DATE),
    row('送达人签名', r ? deliverer(r, input.issuedOn) : BLANK_DATE),
    [
      { text: '收件人信息', rowSpan: 2 },
      { text: '姓名' },
      { text: str(d.recipientName) },
      { text: '职务' },
      { text: str(d.recipientTitle) },
    ],
    [{ text: '电话' }, { text: str(d.recipientPhone) }, { text: '邮箱' }, { text: str(d.recipientEmail) }],
    row('收件人签名', r ? signature(r) : BLANK_DATE),
    row('备注', remark(str(d.remark), r)),
  ];
}

type Receipt = NonNullable<DocRenderInput['receipt']>;
const ELECTRONIC = '电子送达（“缺陷消费品召回”小程序）';
const isPaper = (r: Receipt) => !!r.deliveryMethod && r.deliveryMethod !== 'electronic';

/** 备注 as entered, then how the notice was delivered and who recorded it. */
function remark(text: string, r: Receipt | null | undefined): string {
  if (!r) return text;
  const how = isPaper(r)
    ? `送达方式：${DELIVERY_METHODS[r.deliveryMethod!]}；承办局依据受送达人签收的纸质送达回执录入`
    : '电子送达：受送达人通过“缺陷消费品召回”小程序在线确认收悉';
  return [text, how].filter(Boolean).join('\n');
}

/** Who delivered: the officer who issued the notice, unless it went by post or through a county bureau. */
function deliverer(r: Receipt, issuedOn: string): string {
  if (!isPaper(r)) return `${r.deliveredBy}${SP}${cnDate(issuedOn)}`;
  const by = r.deliveryMethod === 'in_person' ? r.deliveredBy : DELIVERY_METHODS[r.deliveryMethod!];
  return `${by}${SP}${cnDate(r.receivedOn!)}`;
}

/** The recipient's signature as given: in the app (electronic), or the name written on the paper receipt. */
function signature(r: Receipt): string {
  if (!isPaper(r)) return `${r.confirmedBy}（电子确认）${SP}${cnDateTime(r.confirmedAt)}`;
  return `${r.signedBy ?? ''}（纸质回执签收）${SP}${cnDate(r.receivedOn!)}`;
}

export function receiptBlocks(input: DocRenderInput): Block[] {
  return [
    title(docMeta(input.docs, 'receipt').title),
    grid([...documentRows(input), ...recipientRows(input)], columns(3, 2, 5, 2, 5)),
  ];
}
