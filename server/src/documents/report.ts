import { Block, body, heading, pairs, plain } from './parts';
import type { DocRenderInput } from './types';
import { FormValues, productTable } from './values';

/** 附件2 生产者调查分析报告: the two tables and the numbered sections of the template. */
const SECTIONS: Array<[heading: string, key: string]> = [
  ['3. 销售情况', 'sales'],
  ['4. 问题描述', 'problem'],
  ['5. 认为不存在缺陷的说明（随附相关检测、试验及其他分析报告）', 'noDefectExplanation'],
  [
    '6. 问题产品涉及的投诉、索赔及故障案例信息。包括但不限于投诉数量、事故、人员伤亡情况、保修或索赔案件，以及其他国家或地区召回情况。',
    'cases',
  ],
  ['7. 其他需要说明的事项', 'other'],
];

function producerTable(v: FormValues): Block {
  const p = (key: string) => v.pair(key);
  return pairs([
    [p('producerName')],
    [p('uscc')],
    [p('address'), p('postcode')],
    [p('legalRep'), p('website')],
    [p('principal'), p('principalTitle')],
    [p('phone'), p('mobile')],
    [p('fax'), p('email')],
  ]);
}

/** The reports that go with section 5: embedded when given, else counted. */
function attachments(v: FormValues): Block[] {
  const embedded = v.photos('attachments');
  if (embedded.length) return embedded;
  const n = Array.isArray(v.raw('attachments')) ? (v.raw('attachments') as unknown[]).length : 0;
  return n ? [plain(`（随附检测、试验及分析报告${n}份，见附件）`)] : [];
}

export function investigationReportFields(input: DocRenderInput): Block[] {
  const v = new FormValues('investigation_report', input.data, input.images);
  return [
    heading('1. 生产者信息'),
    producerTable(v),
    heading('2. 所涉产品信息'),
    productTable(v),
    ...SECTIONS.flatMap(([h, key]) => [
      heading(h),
      ...body(v.text(key) || '无'),
      ...(key === 'noDefectExplanation' ? attachments(v) : []),
    ]),
  ];
}
