import { REMEDIES } from '../enums';
import type { DocType, LegalAct } from '../domain/workflow';
import { FormField, FormSpec, formSchema } from './fields';

/**
 * The fields of every workflow document, in the order and with the labels of the templates of
 * 苏市监规〔2025〕8号 (附件1–10). Fields marked "extension" are not in the template but make the
 * published recall searchable by barcode and give it a start date.
 */
const t = (key: string, label: string, extra: Partial<FormField> = {}): FormField => ({
  key,
  label,
  kind: 'text',
  ...extra,
});
const ta = (key: string, label: string, extra: Partial<FormField> = {}): FormField => ({
  key,
  label,
  kind: 'textarea',
  ...extra,
});
const req = { required: true } as const;

const productBlock = (section: string): FormField[] => [
  t('productName', '产品名称', { ...req, section }),
  t('productType', '产品类型'),
  t('model', '型号'),
  t('spec', '规格'),
  t('brand', '商标'),
];

const producerBlock = (section?: string): FormField[] => [
  t('producerName', '生产者名称', { ...req, section }),
  t('uscc', '统一社会信用代码', { ...req, max: 18 }),
  t('address', '地址', req),
  t('postcode', '邮编', { max: 6 }),
  t('legalRep', '法定代表人', req),
  t('website', '企业网址'),
  t('principal', '负责人', req),
  t('principalTitle', '职务'),
  t('phone', '固定电话', { max: 32 }),
  t('mobile', '手机', { ...req, max: 32 }),
  t('fax', '传真', { max: 32 }),
  t('email', '电子邮件', { max: 100 }),
];

const ORIGIN = { domestic: '国产', imported: '进口' };
const SALES_CHANNELS = {
  website: '官网',
  ecommerce: '电商',
  store: '专营门店',
  mall: '商场',
  supermarket: '超市',
  other: '其他',
};
const PUBLICITY = { website: '网站', media: '新闻媒体', selfMedia: '自媒体', storeNotice: '门店公告', other: '其他' };
const NOTIFY = { phone: '电话', sms: '短信', email: '电子邮件', letter: '信件', other: '其它' };
const MEASURES = { relabel: '修正或补充标识', repair: '修理', replace: '更换', refund: '退货', other: '其它' };
const OTHER_MATERIALS = { testReport: '产品检测报告', other: '其他' };
const SHORTFALL = {
  unaware: '消费者未能获知召回信息',
  unreachable: '消费者联系不上',
  unwilling: '消费者召回意愿不强烈',
  scrapped: '产品已经报废',
  inconvenient: '召回措施对消费者不太便捷',
  waiting: '召回等待时间太长',
  ineffective: '消费者认为召回措施解决不了问题',
  conditions: '召回存在附加条件',
  other: '其它原因',
};

/** 4.7 of 附件8: who made a part bought from another producer (the defective one, the one used in repairs). */
const partMaker = (key: string, who: string): FormField[] => [
  t(key, `4.7 ${who}名称`),
  t(`${key}Address`, `${who}地址`),
  t(`${key}LegalRep`, `${who}法定代表人`),
  t(`${key}Phone`, `${who}电话`, { max: 32 }),
  t(`${key}Fax`, `${who}传真`, { max: 32 }),
  t(`${key}Email`, `${who}E-mail`, { max: 100 }),
];

/** 苏 第十四条: a plan is reviewed for accurate batches, true quantity, complete content, feasible measures. */
export const PLAN_CRITERIA = [
  ['batchesAccurate', '批次准确'],
  ['quantityTrue', '数量真实'],
  ['contentComplete', '内容完整'],
  ['measuresFeasible', '措施可行'],
] as const;
const CRITERION = { met: '符合', unmet: '不符合' };
function criteriaFields(): FormField[] {
  return PLAN_CRITERIA.map(([key, label]) => ({ key, label, kind: 'select', options: CRITERION }) as FormField);
}

/** What the step's note is called on each act, where the act prints it. */
export const ACT_REASONS: Record<LegalAct, string> = {
  decision: '认定理由',
  plan_return: '审查意见',
  rerecall_notice: '情况说明',
  escalation_report: '情况说明',
  samr_report: '情况说明',
};
/** 苏 第十七条: why a recall is to be carried out again. */
const RERECALL_FINDINGS = { scope: '召回范围不准确', measures: '召回措施未能消除缺陷或降低安全风险' };

/** 附件9 and 附件10 share most rows; `stage` adds the period and the next steps. */
function summaryFields(stage: boolean): FormField[] {
  const p = stage ? '本阶段' : '';
  return [
    t('recallNo', '召回编号', { section: '召回基本信息' }),
    { key: 'announcedOn', label: '公告发布时间', kind: 'date', required: true },
    t('productModel', '产品名称型号', req),
    t('productionPeriod', '生产起止日期'),
    ta('defect', '产品缺陷描述', req),
    t('recallPeriod', '召回起止时间', req),
    ...(stage
      ? [
          { key: 'periodFrom', label: '本报告起始日期', kind: 'date', required: true } as FormField,
          { key: 'periodTo', label: '本报告截止日期', kind: 'date', required: true } as FormField,
        ]
      : []),
    t('submitter', '本报告提交人', req),
    t('submitterContact', '联系方式', req),
    { key: 'involvedQty', label: '缺陷产品数量', kind: 'int', required: true },
    { key: 'recalledQty', label: stage ? '本阶段召回数量' : '实际召回数量', kind: 'int', required: true },
    { key: 'expectedRate', label: `${p}预期完成率`, kind: 'percent' },
    {
      key: 'actualRate',
      label: `${p}实际完成率`,
      kind: 'percent',
      required: true,
      hint: '完成率=完成召回消费品数量/涉及消费品数量',
    },
    { key: 'unitValue', label: '缺陷产品单值', kind: 'money' },
    { key: 'unitCost', label: '单件召回成本', kind: 'money' },
    { key: 'budget', label: '召回预算经费', kind: 'money' },
    { key: 'spent', label: stage ? '本阶段支出经费' : '实际支出经费', kind: 'money' },
    { key: 'targetMet', label: `${p}是否达到完成率目标`, kind: 'bool', required: true },
    {
      key: 'salesChannels',
      label: '产品销售渠道',
      kind: 'multi',
      options: SALES_CHANNELS,
      section: '销售渠道与召回信息发布',
    },
    t('salesOther', '其他销售渠道'),
    t('designLife', '产品设计寿命'),
    { key: 'publicityChannels', label: '召回信息发布渠道', kind: 'multi', options: PUBLICITY },
    t('publicityWebsite', '详细网站'),
    t('publicityMedia', '详细媒体'),
    t('publicitySelfMedia', '详细自媒体平台'),
    t('publicityOther', '其他发布渠道'),
    { key: 'notifyMethods', label: '通知消费者的方式', kind: 'multi', options: NOTIFY },
    t('notifyOther', '其它通知方式'),
    { key: 'teamBuilt', label: '建立了召回工作团队', kind: 'bool', section: '召回活动准备情况' },
    { key: 'teamTrained', label: '对召回工作团队进行业务培训', kind: 'bool' },
    { key: 'hotlines', label: '召回活动咨询热线电话（部）', kind: 'int' },
    t('onlinePlatform', '召回活动咨询网络平台'),
    {
      key: 'measures',
      label: '缺陷产品召回措施',
      kind: 'multi',
      options: MEASURES,
      required: true,
      section: '缺陷产品召回措施',
    },
    t('measuresOther', '其它召回措施'),
    { key: 'newInjuryComplaints', label: '新的伤害投诉（起）', kind: 'int', section: '召回措施是否有效' },
    ta('newDefects', '新增缺陷'),
    {
      key: 'shortfallReasons',
      label: `未达到${p}预期完成率的原因`,
      kind: 'multi',
      options: SHORTFALL,
      section: '未达到预期完成率的原因',
    },
    t('shortfallWait', '具体等待时间'),
    t('shortfallConditions', '附加条件'),
    t('shortfallOther', '其它原因'),
    ta('effectiveness', stage ? '本阶段召回措施有效性评估' : '此次召回措施有效性评估', {
      ...req,
      section: '评估与说明',
    }),
    ...(stage ? [ta('nextSteps', '下一步计划采取的措施', req)] : [ta('other', '其它需要说明的问题')]),
  ];
}

export const DOC_FORMS: Record<DocType, FormSpec> = {
  // 附件1 消费品调查分析通知书
  investigation_notice: {
    fields: [
      { key: 'reportDueOn', label: '报送调查分析结果的期限', kind: 'date', required: true },
      t('productName', '产品名称', { ...req, section: '一、产品基本信息' }),
      t('brand', '商标'),
      t('model', '型号'),
      t('spec', '规格'),
      t('batch', '批次'),
      ta('defect', '可能存在的缺陷描述', { ...req, section: '二、可能存在的缺陷描述' }),
      ta('consequence', '缺陷可能导致的后果', { ...req, section: '三、缺陷可能导致的后果' }),
    ],
  },
  // 附件2 生产者调查分析报告
  investigation_report: {
    fields: [
      ...producerBlock('1. 生产者信息'),
      t('productName', '产品名称', { ...req, section: '2. 所涉产品信息' }),
      t('brand', '品牌'),
      t('modelSpec', '型号/规格', req),
      t('batches', '生产批号/批次'),
      t('productionPeriod', '生产起止日期'),
      { key: 'producedQty', label: '生产数量', kind: 'int', required: true },
      { key: 'involvedQty', label: '涉及数量', kind: 'int', required: true },
      { key: 'origin', label: '产品生产类型', kind: 'select', options: ORIGIN, required: true },
      ta('appearance', '产品外观特征'),
      { key: 'photos', label: '产品照片', kind: 'photos' },
      ta('sales', '销售情况', { ...req, section: '3. 销售情况' }),
      ta('problem', '问题描述', { ...req, section: '4. 问题描述' }),
      {
        key: 'conclusion',
        label: '调查分析结论',
        kind: 'select',
        required: true,
        options: { no_defect: '认为不存在缺陷', defect: '确认存在缺陷，将主动召回' },
      },
      ta('noDefectExplanation', '认为不存在缺陷的说明（随附检测、试验及其他分析报告）', {
        section: '5. 认为不存在缺陷的说明',
      }),
      ta('cases', '问题产品涉及的投诉、索赔及故障案例信息', { ...req, section: '6. 投诉、索赔及故障案例' }),
      ta('other', '其他需要说明的事项', { section: '7. 其他需要说明的事项' }),
      { key: 'attachments', label: '检测、试验及分析报告', kind: 'photos', max: 20 },
    ],
  },
  // 附件3 消费品缺陷调查通知书
  defect_investigation_notice: {
    fields: [
      {
        key: 'basis',
        label: '开展缺陷调查的原因',
        kind: 'select',
        required: true,
        options: {
          no_report: '未按照我局通知要求开展产品调查分析',
          insufficient: '提供的调查分析结果不能证明产品不存在缺陷',
          samr: '根据国家市场监督管理总局通知要求',
          direct: '经会商直接组织缺陷调查（第九、十三条）',
        },
      },
      ...productBlock('一、产品基本信息'),
      ta('defect', '可能存在的缺陷描述', { ...req, section: '二、可能存在的缺陷描述' }),
      ta('consequence', '缺陷可能导致的后果', { ...req, section: '三、缺陷可能导致的后果' }),
    ],
  },
  // 附件4 消费品召回通知书
  recall_notice: {
    fields: [
      { key: 'investigationFrom', label: '缺陷调查起始日期', kind: 'date', required: true },
      { key: 'investigationTo', label: '缺陷调查截止日期', kind: 'date', required: true },
      ...productBlock('一、产品基本信息'),
      ta('defect', '缺陷描述', { ...req, section: '二、缺陷描述' }),
      ta('consequence', '缺陷可能导致的后果', { ...req, section: '三、缺陷可能导致的后果' }),
    ],
  },
  // 附件5 送达回执: the recipient confirms in the app; who and when (送达日期: the day confirmed) are
  // recorded by the server. A paper receipt's 送达日期 is entered (PAPER_RECEIPT_FORM.receivedOn).
  receipt: {
    fields: [
      { key: 'otherMaterials', label: '其他材料', kind: 'multi', options: OTHER_MATERIALS },
      t('otherMaterialsNote', '其他材料名称'),
      t('place', '送达地点'),
      t('recipientName', '收件人姓名', { ...req, max: 32 }),
      t('recipientTitle', '职务', { ...req, max: 32 }),
      t('recipientPhone', '电话', { ...req, max: 32 }),
      t('recipientEmail', '邮箱', { max: 100 }),
      t('remark', '备注'),
    ],
  },
  // 附件6 消费品召回计划 (public, with 附件7)
  recall_plan: {
    fields: [
      t('producerName', '生产者名称', req),
      t('productName', '产品名称', req),
      t('brand', '品牌'),
      { key: 'models', label: '型号/规格', kind: 'tags', required: true, max: 100 },
      { key: 'productionFrom', label: '生产起始日期', kind: 'date', past: true },
      { key: 'productionTo', label: '生产截止日期', kind: 'date', past: true },
      { key: 'involvedQty', label: '涉及数量', kind: 'int', required: true },
      { key: 'batches', label: '生产批号/批次', kind: 'tags', hint: '不填表示所列型号的全部批次' },
      { key: 'gtins', label: '商品条码（扩展：便于消费者扫码查询）', kind: 'tags', max: 100 },
      ta('description', '产品描述', req),
      { key: 'photos', label: '外观照片', kind: 'photos' },
      ta('defect', '存在的缺陷', req),
      ta('consequence', '可能导致的后果', req),
      ta('emergency', '避免损害发生的应急处置方式', req),
      { key: 'remedyType', label: '召回措施类型', kind: 'select', options: REMEDIES, required: true },
      ta('measures', '具体召回措施', req),
      t('organization', '召回负责机构', req),
      t('contact', '召回联系方式', req),
      { key: 'startDate', label: '召回开始日期', kind: 'date', required: true },
      ta('schedule', '召回进度安排', req),
      ta('otherReport', '其他需要报告的内容'),
      ta('otherInfo', '其他信息'),
    ],
  },
  // 附件7 消费品召回新闻稿: drafted from the plan (draftPressRelease), edited by the bureau.
  press_release: {
    fields: [t('title', '标题', { ...req, max: 100 }), ta('body', '正文', { ...req, long: true })],
  },
  // 附件8 消费品召回事项说明
  recall_statement: {
    fields: [
      t('recallNo', '召回编号', { section: '1. 生产者信息', hint: '在国家缺陷消费品召回综合管理信息平台报告后生成' }),
      ...producerBlock().slice(0, 6), // the section is opened by 召回编号 above
      t('principal', '召回负责人', req),
      t('principalTitle', '职务'),
      t('phone', '固定电话', { max: 32 }),
      t('mobile', '手机', { ...req, max: 32 }),
      t('fax', '传真', { max: 32 }),
      t('email', '电子邮件', { max: 100 }),
      t('contactPerson', '召回联系人', req),
      t('contactTitle', '召回联系人职务'),
      t('contactLandline', '召回联系人固定电话', { max: 32 }),
      t('contactPhone', '召回联系人手机', { ...req, max: 32 }),
      t('contactFax', '召回联系人传真', { max: 32 }),
      t('contactEmail', '召回联系人电子邮件', { max: 100 }),
      t('productName', '产品名称', { ...req, section: '2. 召回产品信息' }),
      t('brand', '品牌'),
      t('modelSpec', '型号/规格', req),
      t('batches', '生产批号/批次'),
      t('productionPeriod', '生产起止日期'),
      { key: 'producedQty', label: '生产数量', kind: 'int', required: true },
      { key: 'involvedQty', label: '涉及数量', kind: 'int', required: true },
      { key: 'origin', label: '产品生产类型', kind: 'select', options: ORIGIN, required: true },
      ta('appearance', '产品外观特征'),
      { key: 'photos', label: '产品照片', kind: 'photos' },
      {
        key: 'sales',
        label: '销售渠道及销售信息',
        kind: 'rows',
        section: '3. 销售渠道及销售信息',
        columns: [
          t('seller', '销售商名称', req),
          t('region', '销售地区'),
          { key: 'qty', label: '销售数量', kind: 'int' },
          t('date', '销售日期'),
          { key: 'stock', label: '库存数量', kind: 'int' },
        ],
      },
      ta('defectDetail', '4.1 缺陷具体情形、所在位置', { ...req, section: '4. 缺陷描述信息' }),
      ta('defectCause', '4.2 缺陷产生原因', req),
      ta('defectFound', '4.3 缺陷确定的时间和方法', req),
      ta('defectTests', '4.4 缺陷鉴定检测的数据或报告'),
      ta('consequence', '4.5 缺陷可能导致的后果', req),
      ta('cases', '4.6 缺陷的投诉、索赔及故障案例信息', req),
      ...partMaker('defectPartMaker', '缺陷零部件生产者'),
      ...partMaker('repairPartMaker', '用于召回维修的零部件生产者'),
      ta('stopProduction', '5.1 停止生产销售缺陷产品的措施', { ...req, section: '5. 缺陷补救措施' }),
      ta('notifySellers', '5.2 通知其他经营者停止销售的措施', req),
      ta('consumerAdvice', '5.3 告知消费者避免损害发生的应急处置方法', req),
      ta('remedy', '5.4 采取的召回措施及有效性说明', req),
      { key: 'recalledAbroad', label: '5.5 是否在其它国家或地区召回', kind: 'bool', required: true },
      ta('abroadDetail', '境外召回情况（国家或地区、数量、措施、时间）'),
      ta('organisation', '6.1 召回的具体组织实施及计划完成时间', { ...req, section: '6. 召回实施' }),
      { key: 'publishOn', label: '6.2 建议向社会发布召回信息的时间', kind: 'date' },
      ta('publishChannels', '6.3 计划向社会发布召回信息的方式', req),
      ta('disposal', '6.4 缺陷产品/零部件无害化处理方式', req),
      ta('forecast', '7. 对召回效果的预测', { ...req, section: '7. 对召回效果的预测' }),
      t('defectivePart', '涉及缺陷零部件名称', { section: '8. 召回费用预算（单位：元）' }),
      { key: 'unitPrice', label: '整机产品单价', kind: 'money' },
      { key: 'partPrice', label: '替换部件单价', kind: 'money' },
      { key: 'repairCost', label: '维修总费用', kind: 'money' },
      { key: 'logisticsCost', label: '物流总费用', kind: 'money' },
      { key: 'disposalCost', label: '对回收的缺陷产品或零部件处理总费用', kind: 'money' },
      { key: 'labourCost', label: '临时人工总费用', kind: 'money' },
      { key: 'compensationCost', label: '用户补偿总费用', kind: 'money' },
      { key: 'legalCost', label: '总法律成本', kind: 'money' },
      { key: 'marketLoss', label: '因召回发生的市场份额损失费', kind: 'money' },
      { key: 'otherCost', label: '其他费用', kind: 'money' },
      { key: 'totalBudget', label: '召回预算费用合计', kind: 'money', required: true },
      ta('budgetNote', '其他说明事项'),
    ],
  },
  final_summary: { fields: summaryFields(false) },
  stage_summary: { fields: summaryFields(true) },
  // 异议书面说明 (附件4): the reasons and the supporting evidence.
  objection: {
    fields: [
      ta('reason', '异议理由', req),
      ta('evidence', '证明材料说明', req),
      { key: 'attachments', label: '证明材料', kind: 'photos', max: 20 },
    ],
  },
  // The acts below take their reasons from the step's note; the form adds what each act lists.
  // 缺陷重新认定结果告知书 (办法 第十七条): the result is the step's (异议成立 / 不成立).
  decision: { fields: [ta('review', '重新认定情况（技术机构、专家意见等）')] },
  // 召回计划退回补正通知书: the four criteria of 苏 第十四条, each 符合 / 不符合.
  plan_return: { fields: criteriaFields() },
  // 召回计划审查记录: the same four criteria for a plan the bureau accepts.
  plan_review: { fields: criteriaFields() },
  // 重新实施召回通知书 (苏 第十七条; 办法 第二十条): what the supervision found.
  rerecall_notice: {
    fields: [
      { key: 'findings', label: '监督发现的问题', kind: 'multi', options: RERECALL_FINDINGS },
      ta('scope', '重新召回的范围和措施要求'),
    ],
  },
  // 提请责令召回的报告 (苏 第十九条): the city's written materials to the province; the facts
  // (notice, receipt, deadline) are written by the server from the case.
  escalation_report: { fields: [ta('materials', '随附材料')] },
  // 报请责令召回的报告: the province forwards them to SAMR.
  samr_report: { fields: [ta('materials', '随附材料')] },
};

/**
 * How a notice reached the producer (送达方式). `electronic`: the producer confirmed in the app;
 * the others are paper deliveries the handling bureau records from the signed 送达回执.
 */
export const DELIVERY_METHODS = {
  electronic: '电子送达（生产者在小程序确认收悉）',
  in_person: '直接送达（纸质回执）',
  post: '邮寄送达',
  county_bureau: '委托县级市场监管局送达',
} as const;
export type DeliveryMethod = keyof typeof DELIVERY_METHODS;
const PAPER_METHODS: Record<Exclude<DeliveryMethod, 'electronic'>, string> = {
  in_person: DELIVERY_METHODS.in_person,
  post: DELIVERY_METHODS.post,
  county_bureau: DELIVERY_METHODS.county_bureau,
};

/**
 * 送达回执 recorded by the handling bureau from a paper delivery: the receipt's fields plus how it
 * was delivered, the day it was actually received (not after today, not before the notice's date,
 * checked by the server) and the name the recipient signed on the paper receipt.
 */
export const PAPER_RECEIPT_FORM: FormSpec = {
  fields: [
    { key: 'deliveryMethod', label: '送达方式', kind: 'select', options: PAPER_METHODS, required: true },
    { key: 'receivedOn', label: '送达日期（实际收到日期）', kind: 'date', required: true, past: true },
    t('signedBy', '收件人签名（按纸质回执填写）', { ...req, max: 32 }),
    ...DOC_FORMS.receipt.fields,
  ],
};
export const PAPER_RECEIPT_SCHEMA = formSchema(PAPER_RECEIPT_FORM);

export const DOC_SCHEMAS = Object.fromEntries(
  Object.entries(DOC_FORMS).map(([type, spec]) => [type, formSchema(spec)]),
) as Record<DocType, ReturnType<typeof formSchema>>;
