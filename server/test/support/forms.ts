import { DOC_FORMS, DOC_SCHEMAS, DocType, FormField } from '@recall/shared';

/** Plausible, valid values for every workflow form, built from the field descriptors. */
const TEXT: Record<string, string> = {
  productName: '暖阳牌电暖器',
  productType: '家用电器',
  brand: '暖阳',
  model: 'NY-2000',
  spec: '2000W',
  batch: '20250901',
  producerName: '苏州暖阳电器有限公司',
  uscc: '91320505MA1W2X3Y4Z',
  address: '苏州市虎丘区科技城某路 1 号',
  postcode: '215000',
  legalRep: '王建国',
  principal: '李明',
  principalTitle: '质量总监',
  mobile: '13812345678',
  recipientName: '张丽',
  recipientTitle: '法务专员',
  recipientPhone: '0512-66668888',
  recipientEmail: 'zhangli@nuanyang.example.cn',
  modelSpec: 'NY-2000/2000W',
  submitter: '李明',
  submitterContact: '13812345678',
  productModel: '暖阳牌电暖器 NY-2000',
  recallPeriod: '2026年3月10日至2026年9月10日',
  organization: '苏州暖阳电器有限公司客户服务部',
  contact: '客服热线 400-800-1234',
};

/** The national 召回编号 is unique per recall: each sample statement gets its own. */
let recallNoSeq = 0;

function sampleValue(f: FormField, photos: string[]): unknown {
  switch (f.kind) {
    case 'text':
      if (f.key === 'recallNo') return `SP2026-${String(++recallNoSeq).padStart(4, '0')}`;
      return TEXT[f.key] ?? `${f.label}示例`;
    case 'textarea':
      return `${f.label}：温控器触点在长时间使用后可能粘连。\n第二段：建议消费者立即停止使用。`;
    case 'date':
      return '2026-03-05';
    case 'int':
      return 1200;
    case 'money':
      return 35.5;
    case 'percent':
      return 80;
    case 'select':
      return Object.keys(f.options!)[0];
    case 'multi':
      return Object.keys(f.options!).slice(1, 3);
    case 'bool':
      return true;
    case 'tags':
      return ['NY-2000', 'NY-2200'];
    case 'photos':
      return photos;
    case 'rows':
      return [{ seller: '苏州某电器商场', region: '江苏省', qty: 300, date: '2025年10月', stock: 20 }];
  }
}

export const sample = (
  type: DocType,
  patch: Record<string, unknown> = {},
  photos = ['upload-1'],
): Record<string, unknown> => {
  const data: Record<string, unknown> = Object.fromEntries(
    DOC_FORMS[type].fields.map((f) => [f.key, sampleValue(f, photos)]),
  );
  if (type === 'press_release') {
    data.title = '苏州暖阳电器有限公司召回暖阳牌电暖器';
    data.body = '日前，苏州暖阳电器有限公司报告了召回计划。\n\n本次召回范围内的电暖器存在缺陷。';
  }
  Object.assign(data, patch);
  return DOC_SCHEMAS[type].parse(data) as Record<string, unknown>;
};
