import { Block, Pair, pairs, plain } from './parts';
import type { DocRenderInput } from './types';
import { FormValues } from './values';

/**
 * 附件6 消费品召回计划: one table, field by field, and the template's note. The app's own fields
 * (商品条码, 召回措施类型, 召回开始日期) stay in the app; the public plan has no seal.
 */
export function recallPlanFields(input: DocRenderInput): Block[] {
  const v = new FormValues('recall_plan', input.data, input.images);
  const p = (key: string, label?: string): Pair => v.pair(key, label);
  const from = v.text('productionFrom');
  const to = v.text('productionTo');
  const period = from && to ? `${from}至${to}` : from ? `${from}起` : to ? `至${to}` : '';
  return [
    pairs([
      [p('producerName')],
      [p('productName'), p('brand')],
      [p('models')],
      [['生产起止日期', period], p('involvedQty')],
      [['生产批号/批次', v.text('batches') || '所列型号的全部批次']],
      [['产品描述及外观照片', v.withPhotos('description', 'photos')]],
      [p('defect')],
      [p('consequence')],
      [p('emergency')],
      [p('measures')],
      [p('organization')],
      [p('contact')],
      [p('schedule')],
      [p('otherReport')],
      [p('otherInfo')],
    ]),
    plain('（注：仅对外公开召回计划与召回新闻稿）'),
  ];
}
