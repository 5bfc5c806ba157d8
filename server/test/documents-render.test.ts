import { DOC_TYPE_KEYS, DocType } from '@recall/shared';
import { renderDocx } from '../src/documents/docx';
import { inputOf } from './support/doc-inputs';
import { describeWithLibreOffice, pdfTextsOf } from './support/libreoffice';

/**
 * Every generated DOCX opens in LibreOffice: all are converted to PDF in one soffice run (its own
 * profile, so parallel runs do not collide) and the PDF's text holds what the template of seed 001
 * prints. Without soffice/pdftotext here the suite says "not run"; CI (TEST_DB=mysql) requires them.
 */
/** The template's words, '|' between items (seed 001, 附件1–10). */
const SEAL = '2026年2月20日';
const PRODUCER = '统一社会信用代码|地址|邮编|法定代表人|企业网址|职务|固定电话|手机|传真|电子邮件';
const PRODUCT = '产品名称|品牌|型号/规格|生产批号/批次|生产起止日期|生产数量|涉及数量|产品生产类型|产品外观特征及照片';
const SUMMARY =
  '召回基本信息|召回编号|公告发布时间|产品名称型号|生产起止日期|产品缺陷描述|召回起止时间|本报告提交人|联系方式|缺陷产品数量|缺陷产品单值|单件召回成本|召回预算经费|产品销售渠道|☐官网|☑电商|☐其他：|产品设计寿命|召回信息发布渠道|详细网站：|详细媒体：|详细自媒体平台：|☐门店公告|☐电话|☐信件|召回活动准备情况|建立了召回工作团队。|对召回工作团队进行业务培训。|预算了召回活动经费|建立了召回活动咨询热线电话|建立了召回活动咨询网络平台|缺陷产品召回措施|☐修正或补充标识|召回措施是否有效|出现新的伤害的投诉|出现新增缺陷|未达到预期|消费者未能获知召回信息|召回等待时间太长。具体等待时间：|召回存在附加条件。附加条件：|其它原因：|注：完成率=完成召回消费品数量/涉及消费品数量|生产者名称（签章）';
const REQUIRED: Record<DocType, string> = {
  investigation_notice: `消费品调查分析通知书|调查分析〔2026〕12号|苏州暖阳电器有限公司：|请你公司立即对上述产品进行调查分析，并于2026年3月5日前将调查分析结果报送我局。|主动实施召回。|一、产品基本信息|产品名称|商标|型号|规格|批次|二、可能存在的缺陷描述|三、缺陷可能导致的后果|苏州市市场监督管理局（章）|${SEAL}`,
  investigation_report: `生产者调查分析报告|苏州市市场监督管理局：|现将本次调查分析结果进行详细报告如下。|1. 生产者信息|生产者名称|负责人|${PRODUCER}|2. 所涉产品信息|${PRODUCT}|☑国产/☐进口|3. 销售情况|4. 问题描述|5. 认为不存在缺陷的说明（随附相关检测、试验及其他分析报告）|6. 问题产品涉及的投诉、索赔及故障案例信息。包括但不限于投诉数量、事故、人员伤亡情况、保修或索赔案件，以及其他国家或地区召回情况。|7. 其他需要说明的事项|生产者（章）|${SEAL}`,
  defect_investigation_notice: `消费品缺陷调查通知书|缺陷调查〔2026〕5号|我局将对你公司生产的暖阳牌电暖器开展缺陷调查，请予以配合。|产品类型|二、可能存在的缺陷描述|三、缺陷可能导致的后果|苏州市市场监督管理局（章）|${SEAL}`,
  recall_notice: `消费品召回通知书|召回通知〔2026〕3号|2026年3月5日至2026年3月5日，我局对你公司生产的|10个工作日内|逾期视为放弃权利。|将责令你公司召回。|二、缺陷描述|三、缺陷可能导致的后果|苏州市市场监督管理局（章）|${SEAL}`,
  receipt: `送达回执|送达材料|名称|文书|☐消费品调查分析通知书（文号：）|☐消费品缺陷调查通知书（文号：）|☑消费品召回通知书|☐其他（）|其他材料|☐产品检测报告|受送达人|送达地点|送达日期|送达人签名|收件人信息|姓名|职务|电话|邮箱|收件人签名|备注`,
  recall_plan: `消费品召回计划|生产者名称|${'产品名称|品牌|型号/规格|生产起止日期|涉及数量|生产批号/批次'}|产品描述及外观照片|存在的缺陷|可能导致的后果|避免损害发生的|应急处置方式|具体召回措施|召回负责机构|召回联系方式|召回进度安排|其他需要报告的内容|其他信息|（注：仅对外公开召回计划与召回新闻稿）`,
  press_release: '苏州暖阳电器有限公司召回暖阳牌电暖器|本次召回范围内的电暖器存在缺陷。',
  recall_statement: `消费品召回事项说明|苏州市市场监督管理局：|现说明本召回相关事项|1. 生产者信息|召回编号|召回负责人|召回联系人|${PRODUCER}|https://xfp.dpac.org.cn|2. 召回产品信息|${PRODUCT}|3. 销售渠道及销售信息（可另附页）|销售商名称|销售地区|销售数量|销售日期|库存数量|4. 缺陷描述信息|4.1 缺陷具体情形、所在位置及照片（图片）|4.2 缺陷产生原因|4.3 缺陷确定的时间和方法|4.4 缺陷鉴定检测的数据或报告（可附页）|4.5 缺陷可能导致的后果（说明可能产生的危险及其严重程度）|4.6 缺陷的投诉、索赔及故障案例信息。包括但不限于：|4.7 如果缺陷的零部件或者用于召回维修的零部件是从其他生产者采购的，提供该制造商的详细信息。|缺陷零部件生产者名称：|用于召回维修的零部件生产者名称：|E-mail：|注：如零部件生产者未变更，则不需重复填写。|5. 缺陷补救措施|5.1 停止生产销售缺陷产品的措施（可另附页）|5.2 通知其他经营者停止销售缺陷产品的措施（可另附页）|5.3 告知消费者避免损害发生的应急处置方法|5.4 采取的召回措施|5.5 是否在其它国家或地区召回（☑是/☐否）|6. 召回实施|6.1 召回的具体组织实施及计划完成时间等（可另附页）|6.2 建议市场监管部门向社会发布召回信息的时间|6.3 计划向社会发布缺陷产品召回信息的方式|6.4 缺陷产品/零部件无害化处理方式|7. 对召回效果的预测（预计召回缺陷产品的数量及时间评估）|8. 召回费用预算（单位：元）|涉及缺陷零部件名称|整机产品单价|替换部件单价|维修总费用|物流总费用|临时人工总费用|用户补偿总费用|总法律成本|其他费用|召回预算费用合计|其他说明事项|1. 费用单位为元，以上费用无则填0；|生产者（章）|${SEAL}`,
  final_summary: `消费品召回总结|我公司现对召回活动提交召回总结报告。|${SUMMARY}|实际召回数量|预期完成率|实际完成率|实际支出经费|完成率评估|达到召回完成率目标|通知消费者的方式|网络平台名称：|此次召回措施有效性评估|其它需要说明的问题|${SEAL}`,
  stage_summary: `消费品召回阶段性总结|我公司现对召回活动提交召回阶段性报告。|${SUMMARY}|本报告起止时间|2026年3月5日至2026年3月5日|本阶段召回数量|本阶段预期完成率|本阶段实际完成率|本阶段支出经费|本阶段完成率评估|达到完成率目标|通知消费者方式|如有，请列出：|本阶段召回措施有效性评估|下一步计划采取的措施|${SEAL}`,
  objection: `异议书面说明|异议理由|证明材料说明|${SEAL}`,
  decision: `苏州暖阳电器有限公司：|重新认定情况（技术机构、专家意见等）|${SEAL}`,
  plan_return: `批次准确|数量真实|内容完整|措施可行|☑符合☐不符合|审查意见|${SEAL}`,
  plan_review: `苏州暖阳电器有限公司报告的召回计划|审查结论：接受召回计划并公示|☑符合☐不符合|${SEAL}`,
  rerecall_notice: `存在以下问题：召回措施未能消除缺陷或降低安全风险|请你公司重新实施召回|${SEAL}`,
  escalation_report: `请省局上报国家市场监督管理总局，责令生产者实施召回|随附材料|${SEAL}`,
  samr_report: `现报请你局责令该生产者实施召回|随附材料|${SEAL}`,
};
/** Rows of the app that the official documents must not print. */
const FORBIDDEN: Partial<Record<DocType, string>> = {
  investigation_report: '调查分析结论',
  recall_plan: '商品条码|召回措施类型|召回开始日期|（章）',
};

const squeeze = (s: string) => s.replace(/\s+/g, '');

describeWithLibreOffice()('every document converts with LibreOffice and reads as its template', () => {
  const texts: Partial<Record<DocType, string>> = {};

  beforeAll(async () => {
    const docs = await Promise.all(DOC_TYPE_KEYS.map((type) => renderDocx(inputOf(type))));
    pdfTextsOf(docs).forEach((text, i) => (texts[DOC_TYPE_KEYS[i]] = squeeze(text)));
  }, 300_000);

  test.each(DOC_TYPE_KEYS)('%s', (type) => {
    const text = texts[type]!;
    const missing = REQUIRED[type].split('|').filter((s) => !text.includes(squeeze(s)));
    expect(missing).toEqual([]);
    const present = (FORBIDDEN[type] ?? '').split('|').filter((s) => s && text.includes(s));
    expect(present).toEqual([]);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/); // dates in Chinese form only
  });
});
