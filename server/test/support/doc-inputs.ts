import { getProvinceProfile, type DocType } from '@recall/shared';
import type { DocRenderInput } from '../../src/documents/docx';
import { sample } from './forms';

/** Every workflow document of one case of 苏州暖阳电器有限公司, as the renderers get it. */
export const DOC_NOS: Partial<Record<DocType, string>> = {
  investigation_notice: '苏州市市场监督管理局调查分析〔2026〕12号',
  defect_investigation_notice: '苏州市市场监督管理局缺陷调查〔2026〕5号',
  recall_notice: '苏州市市场监督管理局召回通知〔2026〕3号',
};

export function inputOf(type: DocType, extra: Partial<DocRenderInput> = {}): DocRenderInput {
  return {
    type,
    // Jiangsu's set: the templates of seed 001 the golden texts were read against.
    docs: getProvinceProfile('jiangsu').documents,
    docNo: DOC_NOS[type] ?? null,
    bureauName: '苏州市市场监督管理局',
    producerName: '苏州暖阳电器有限公司',
    issuedOn: '2026-02-20',
    data: sample(type),
    priorNotice: { title: '消费品调查分析通知书', docNo: DOC_NOS.investigation_notice! },
    receipt:
      type === 'receipt'
        ? {
            noticeType: 'recall_notice',
            noticeDocNo: DOC_NOS.recall_notice!,
            deliveredBy: '周强',
            confirmedAt: '2026-02-21T06:30:00.000Z',
            confirmedBy: '张丽',
          }
        : null,
    ...extra,
  };
}
