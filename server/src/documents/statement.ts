import { SP, Block, Cell, Pair, body, columns, grid, heading, pairs, plain, str } from './parts';
import { displayValue } from '@recall/shared';
import type { DocRenderInput } from './types';
import { FormValues, productTable, yesNo } from './values';

/** 附件8 消费品召回事项说明: eight numbered parts, tables where the template has them, its notes. */
const TEXT_SECTIONS: Record<string, Array<[heading: string, key: string]>> = {
  '4. 缺陷描述信息': [
    ['4.1 缺陷具体情形、所在位置及照片（图片）', 'defectDetail'],
    ['4.2 缺陷产生原因', 'defectCause'],
    ['4.3 缺陷确定的时间和方法', 'defectFound'],
    ['4.4 缺陷鉴定检测的数据或报告（可附页）', 'defectTests'],
    ['4.5 缺陷可能导致的后果（说明可能产生的危险及其严重程度）', 'consequence'],
    [
      '4.6 缺陷的投诉、索赔及故障案例信息。包括但不限于：缺陷报告案例或投诉数量、事故、人员伤亡情况、保修或索赔案件，以及全球其它市场的前述数据。',
      'cases',
    ],
  ],
  '5. 缺陷补救措施': [
    ['5.1 停止生产销售缺陷产品的措施（可另附页）', 'stopProduction'],
    ['5.2 通知其他经营者停止销售缺陷产品的措施（可另附页）', 'notifySellers'],
    ['5.3 告知消费者避免损害发生的应急处置方法', 'consumerAdvice'],
    ['5.4 采取的召回措施（补充或修正警示标识/修理/更换/退货等补救措施以及召回措施有效性的说明）', 'remedy'],
  ],
  '6. 召回实施': [
    ['6.1 召回的具体组织实施及计划完成时间等（可另附页）', 'organisation'],
    ['6.2 建议市场监管部门向社会发布召回信息的时间', 'publishOn'],
    ['6.3 计划向社会发布缺陷产品召回信息的方式', 'publishChannels'],
    ['6.4 缺陷产品/零部件无害化处理方式', 'disposal'],
  ],
};

function textSection(v: FormValues, title: string): Block[] {
  return [heading(title), ...TEXT_SECTIONS[title].flatMap(([h, key]) => [plain(h), ...body(v.text(key) || '无')])];
}

function producerPart(v: FormValues): Block[] {
  const p = (key: string, label?: string): Pair => v.pair(key, label);
  return [
    heading('1. 生产者信息'),
    pairs([
      [p('recallNo')],
      [p('producerName')],
      [p('uscc')],
      [p('address'), p('postcode')],
      [p('legalRep'), p('website')],
      [p('principal'), p('principalTitle')],
      [p('phone'), p('mobile')],
      [p('fax'), p('email')],
      [p('contactPerson'), p('contactTitle', '职务')],
      [p('contactLandline', '固定电话'), p('contactPhone', '手机')],
      [p('contactFax', '传真'), p('contactEmail', '电子邮件')],
    ]),
    plain(
      '注：生产者在国家缺陷消费品召回综合管理信息平台（https://xfp.dpac.org.cn）注册、报告后，系统将自动生成召回编号。',
    ),
  ];
}

function productPart(v: FormValues): Block[] {
  return [heading('2. 召回产品信息'), productTable(v)];
}

function salesPart(v: FormValues): Block[] {
  const f = v.field('sales');
  const rows = Array.isArray(v.raw('sales')) ? (v.raw('sales') as Record<string, unknown>[]) : [];
  const header: Cell[] = f.columns!.map((c) => ({ text: c.label, bold: true }));
  const values = (rows.length ? rows : [{}]).map((r) => f.columns!.map((c) => ({ text: displayValue(c, r[c.key]) })));
  return [
    heading('3. 销售渠道及销售信息（可另附页）'),
    grid([header, ...values], columns(...f.columns!.map(() => 1))),
    plain(
      '注：需注明主要销售商、销售地区及数量。说明直销还是分销，并注明主要经销商、销售地区及数量，若涉及经销商数量较多时，可以以附件形式提供。',
    ),
  ];
}

/** 4.7: the makers of bought-in parts, line by line as the template asks. */
function partMakers(v: FormValues): Block[] {
  const maker = (key: string, who: string) => [
    plain(`${who}名称：${v.text(key)}`),
    plain(`地址：${v.text(`${key}Address`)}`),
    plain(`法定代表人：${v.text(`${key}LegalRep`)}${SP}电话：${v.text(`${key}Phone`)}`),
    plain(`传真：${v.text(`${key}Fax`)}${SP}E-mail：${v.text(`${key}Email`)}`),
  ];
  // Statements filed before 4.7 had its own fields kept the makers as one text.
  const legacy = str(v.raw('partSuppliers'));
  return [
    plain('4.7 如果缺陷的零部件或者用于召回维修的零部件是从其他生产者采购的，提供该制造商的详细信息。'),
    ...body(legacy),
    ...maker('defectPartMaker', '缺陷零部件生产者'),
    ...maker('repairPartMaker', '用于召回维修的零部件生产者'),
    plain('注：如零部件生产者未变更，则不需重复填写。'),
  ];
}

function abroad(v: FormValues): Block[] {
  const answer = v.raw('recalledAbroad');
  return [
    plain(`5.5 是否在其它国家或地区召回（${yesNo(typeof answer === 'boolean' ? answer : undefined)}）`),
    plain('（如果选择“是”，请说明在哪些国家或地区实施召回、召回数量、召回措施及召回时间安排。）'),
    ...body(v.text('abroadDetail')),
  ];
}

function budgetPart(v: FormValues): Block[] {
  const a = (key: string): Pair => [v.field(key).label, v.amount(key)];
  return [
    heading('8. 召回费用预算（单位：元）'),
    pairs(
      [
        [['涉及数量', v.text('involvedQty')], v.pair('defectivePart')],
        [a('unitPrice'), a('partPrice')],
        [a('repairCost'), a('logisticsCost')],
        [a('disposalCost'), a('labourCost')],
        [a('compensationCost'), a('legalCost')],
        [a('marketLoss'), a('otherCost')],
        [a('totalBudget')],
        [v.pair('budgetNote')],
      ],
      [5, 3, 5, 3],
    ),
    plain('注：'),
    plain('1. 费用单位为元，以上费用无则填0；'),
    plain('2. 数量单位为消费者可直接采购的最小销售包装或销售单元。'),
  ];
}

export function recallStatementFields(input: DocRenderInput): Block[] {
  const v = new FormValues('recall_statement', input.data, input.images);
  return [
    ...producerPart(v),
    ...productPart(v),
    ...salesPart(v),
    ...textSection(v, '4. 缺陷描述信息'),
    ...partMakers(v),
    ...textSection(v, '5. 缺陷补救措施'),
    ...abroad(v),
    ...textSection(v, '6. 召回实施'),
    heading('7. 对召回效果的预测（预计召回缺陷产品的数量及时间评估）'),
    ...body(v.text('forecast') || '无'),
    ...budgetPart(v),
  ];
}
