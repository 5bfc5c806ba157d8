import { todayInShanghai, usccCheckCharacter } from '@recall/shared';

/**
 * One producer's recall, as its customer service fills 附件6 (召回计划) and 附件8 (召回报告): shared
 * by the case suites in Chromium and in the weapp runtime, so both file the same plan.
 */
const first17 = '91320505MA1WE2E3X';
export const PRODUCER_USCC = first17 + usccCheckCharacter(first17);
export const PRODUCT_GTIN = '6901234567892';

/** 附件6 fields typed in the browser (in WeChat startDate is a date picker; remedyType is a chip). */
export const RECALL_PLAN: Record<string, string> = {
  producerName: '苏州暖阳电器有限公司',
  productName: '暖阳牌电暖器',
  models: 'NY-2000',
  gtins: PRODUCT_GTIN,
  involvedQty: '10',
  description: '白色立式电暖器，额定功率 2000W。',
  defect: '温控器触点粘连，持续加热',
  consequence: '外壳过热，可能引发火灾',
  emergency: '立即停止使用并拔下电源插头',
  measures: '免费更换新版温控器',
  organization: '苏州暖阳电器有限公司客户服务部',
  contact: '客服热线 400-800-1234',
  // The recall starts today: the suites complete a remedy request, allowed only once it has started.
  startDate: todayInShanghai(),
  schedule: '三个月内完成全部更换',
};

/** 附件8 text fields (origin and recalledAbroad are chips). */
export const RECALL_STATEMENT: Record<string, string> = {
  producerName: '苏州暖阳电器有限公司',
  uscc: PRODUCER_USCC,
  address: '苏州市虎丘区科技城 1 号',
  legalRep: '王建国',
  principal: '李明',
  mobile: '13800000001',
  contactPerson: '张丽',
  contactPhone: '13800000000',
  productName: '暖阳牌电暖器',
  modelSpec: 'NY-2000',
  producedQty: '12',
  involvedQty: '10',
  defectDetail: '温控器触点在长时间使用后粘连',
  defectCause: '触点材料耐电弧性能不足',
  defectFound: '2026 年 11 月经检测确认',
  consequence: '外壳过热，可能引发火灾',
  cases: '收到投诉 3 起，无人员伤亡',
  stopProduction: '已停止生产和销售',
  notifySellers: '已书面通知全部经销商下架',
  consumerAdvice: '立即停止使用并拔下电源插头',
  remedy: '免费更换新版温控器',
  organisation: '客服部组织上门更换，三个月内完成',
  publishChannels: '官网、电商店铺、微信公众号',
  disposal: '回收的温控器集中销毁',
  forecast: '预计三个月内召回 90% 以上',
  totalBudget: '5000',
};
