import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { CATEGORY_CODES, type TBureauListResponse, type TMeResponse } from '@recall/shared';
import { type DocType } from '@recall/shared/staff';
import { subpage, url } from '../../../../constants/routes';
import { caseFormMode, docTitle, useCaseForm, type CaseFormMode } from '../../useCaseForm';
import { idParam } from '../../../../utils/params';
import { EmptyState } from '../../../../components/EmptyState';
import { DocForm } from '../DocForm';
import { SubmitBar } from '../SubmitBar';
import { RiskBasisPicker } from '../../../technical/components/RiskBasisPicker';
import { useDocTitles, useReferences } from '../../../clues/useBureaus';
import './index.css';

type References = TBureauListResponse['references'];

const INTRO: Partial<Record<DocType, string>> = {
  press_release: '已根据生产者的召回计划起草，请核对修改后提交；接受计划后即向社会公布。',
  receipt: '请如实填写签收人信息。确认后，通知书中的期限自今日起算。',
  recall_plan: '召回计划将随新闻稿向社会公布，消费者据此查询产品是否在召回范围内。',
  recall_statement: '向市场监管部门报告的召回事项说明，不对外公布。',
  objection:
    '自收到召回通知书之日起 10 个工作日内提出，逾期视为放弃权利。异议书面说明送省市场监管局，由省局另行组织重新认定。',
  // The acts: numbered and delivered like notices; the note below is printed in them.
  decision: '重新认定的结果以省局名义书面告知生产者，编号并送达；下方“说明”为认定理由，印入告知书。',
  plan_return: '按四项审查内容逐项选择“符合”或“不符合”，至少一项不符合才退回；下方“说明”为审查意见，印入通知书。',
  rerecall_notice: '写明监督发现的问题和重新召回的要求；下方“说明”印入通知书，生产者须重新报告召回计划。',
  escalation_report: '书面材料报送省局：召回通知书文号、送达日期和届满的期限由系统写入；下方“说明”为情况说明。',
  samr_report: '报请总局责令召回：市局提请材料的文号和召回通知书的送达情况由系统写入；下方“说明”为情况说明。',
};
/** The plan review's intro, citing the province's rule on it. */
const planReviewIntro = (rule: string | null) =>
  `${rule ? `按${rule}` : ''}逐项审查：批次准确、数量真实、内容完整、措施可行。有不符合的，应退回补正而不是接受。`;

/** The intro above a form: the paper receipt's for a bureau, the plan review's with its rule, else INTRO. */
function introOf(t: DocType, variant: 'bureau' | 'producer', refs: References | null): string | undefined {
  if (variant === 'bureau' && t === 'receipt') return PAPER_RECEIPT_INTRO;
  return t === 'plan_review' ? planReviewIntro(refs?.planReview ?? null) : INTRO[t];
}

/** The bureau records a receipt from the signed paper copy. */
const PAPER_RECEIPT_INTRO =
  '请按签收的纸质送达回执填写：送达方式、实际收到日期和签收人。通知书中的期限自实际收到之日起算。';

/** After filing: back to the case with a toast; opened without history (a link), the case replaces the form. */
async function backToCase(variant: 'bureau' | 'producer', id: number, toast: string) {
  try {
    await Taro.navigateBack();
  } catch {
    await Taro.redirectTo({ url: url(subpage(variant, 'case'), { id }) });
  }
  setTimeout(() => void Taro.showToast({ title: toast, icon: 'success' }), 300);
}

/**
 * The case-form page of a workspace: `?id=&action=` and `?id=&receipt=<docId>` (the producer
 * confirms, the bureau records a paper delivery); producers also `?voluntary=1`.
 */
export function CaseFormScreen({ variant, me }: { variant: 'bureau' | 'producer'; me: TMeResponse }) {
  const { params } = useRouter();
  let mode: CaseFormMode = caseFormMode(params, idParam(params.id), idParam(params.receipt));
  if (variant === 'bureau' && mode.kind === 'voluntary') mode = { kind: 'invalid' };
  const org = me.org;
  const titles = useDocTitles();
  const refs = useReferences();
  const f = useCaseForm(
    mode,
    { name: org?.name, uscc: org && /^[0-9A-Z]{18}$/.test(org.code) ? org.code : undefined },
    variant,
    { userId: me.id, name: me.displayName },
  );
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: f.title }).catch(() => undefined);
  }, [f.title]);

  if (f.loading || f.loadError) {
    return f.loading ? (
      <EmptyState glyph="…" title="正在加载" />
    ) : (
      <EmptyState glyph="!" tone="warning" title="无法打开表单" description={f.loadError ?? undefined}>
        {mode.kind !== 'invalid' ? (
          <Button className="btn btn--primary btn--small" onClick={() => void f.reload()}>
            重新加载
          </Button>
        ) : null}
      </EmptyState>
    );
  }
  if (f.unavailable) {
    return (
      <EmptyState glyph="!" tone="warning" title={`无法${f.title}`} description={f.unavailable}>
        <Button className="btn btn--plain btn--small" onClick={() => void Taro.navigateBack().catch(() => undefined)}>
          返回案件
        </Button>
      </EmptyState>
    );
  }

  const submit = async () => {
    const res = await f.submit();
    if (!res) return;
    if (mode.kind === 'voluntary') {
      await Taro.redirectTo({ url: url(subpage('producer', 'case'), { id: res.id }) });
      setTimeout(() => void Taro.showToast({ title: '已报告', icon: 'success' }), 300);
    } else if (mode.kind === 'action' || mode.kind === 'receipt') {
      await backToCase(
        variant,
        mode.id,
        mode.kind === 'receipt' ? (variant === 'bureau' ? '已登记送达' : '已确认送达') : '已提交',
      );
    }
  };

  const v = f.view;
  return (
    <View className="case-form">
      <View className="cf-head">
        <Text className="cf-head__title">{f.title}</Text>
        {v ? (
          <Text className="cf-head__meta">
            {v.caseNo} · {v.brand ? `${v.brand} ` : ''}
            {v.productName} · {variant === 'producer' ? v.bureauName : v.producerName}
          </Text>
        ) : (
          <Text className="cf-head__meta">
            {`主动召回：向市场监管局报告${docTitle('recall_plan', titles)}和${docTitle('recall_statement', titles)}，报告后由市场监管局审查。`}
          </Text>
        )}
        {f.receiptDoc ? (
          <Text className="cf-head__doc">
            签收：{f.receiptDoc.title}
            {f.receiptDoc.docNo ? `（${f.receiptDoc.docNo}）` : ''}
          </Text>
        ) : null}
      </View>

      {mode.kind === 'voluntary' ? (
        <View className="card">
          <View
            className={`doc-field case-category ${f.categoryError ? 'doc-field--error' : ''}`}
            data-key="categoryCode"
            data-doc="voluntary"
          >
            <View className="doc-field__head">
              <Text className="doc-field__label">
                产品类别<Text className="doc-field__req"> *</Text>
              </Text>
            </View>
            <View className="doc-chips">
              {CATEGORY_CODES.map((code) => (
                <View
                  key={code}
                  className={`chip ${f.category === code ? 'chip--on' : ''}`}
                  data-value={code}
                  onClick={() => f.setCategory(code)}
                >
                  <Text>{f.categories[code]}</Text>
                </View>
              ))}
            </View>
            {f.categoryError ? <Text className="doc-field__error">{f.categoryError}</Text> : null}
          </View>
        </View>
      ) : null}

      {f.asksDefectClass ? (
        <View className="card">
          <View className="doc-field case-defect-class" data-key="defectClass" data-doc="action">
            <View className="doc-field__head">
              <Text className="doc-field__label">缺陷类别</Text>
              <Text className="doc-field__hint">用于全省召回统计；不选则统计为“未分类”</Text>
            </View>
            <View className="doc-chips">
              {(Object.keys(f.defectClasses) as Array<keyof typeof f.defectClasses>).map((k) => (
                <View
                  key={k}
                  className={`chip ${f.defectClass === k ? 'chip--on' : ''}`}
                  data-value={k}
                  onClick={() => f.setDefectClass(f.defectClass === k ? '' : k)}
                >
                  <Text>{f.defectClasses[k]}</Text>
                </View>
              ))}
            </View>
          </View>
        </View>
      ) : null}

      {f.citesRiskReport && f.caseId ? (
        <RiskBasisPicker caseId={f.caseId} value={f.riskReportId} onChange={f.setRiskReportId} />
      ) : null}

      {f.form.defs.map((d) => (
        <DocForm
          key={d.key}
          form={f.form}
          formKey={d.key}
          title={docTitle(d.key as DocType, titles)}
          intro={introOf(d.key as DocType, variant, refs)}
        />
      ))}

      {f.noteMode !== 'none' ? (
        <>
          <Text className="section-title">
            说明
            <Text className="section-title__hint">{f.noteMode === 'required' ? '必填，记入办理记录' : '选填'}</Text>
          </Text>
          <View className="card">
            <View className={`doc-field__box cf-note ${f.noteError ? 'cf-note--error' : ''}`}>
              <Textarea
                className="doc-textarea action-note"
                value={f.note}
                maxlength={2000}
                placeholder={f.noteMode === 'required' ? '请写明理由和依据' : '可补充说明（选填）'}
                placeholderClass="doc-placeholder"
                onInput={(e) => f.setNote(e.detail.value)}
              />
            </View>
            {f.noteError ? <Text className="doc-field__error">{f.noteError}</Text> : null}
          </View>
        </>
      ) : null}

      {f.form.defs.length === 0 && f.noteMode === 'none' ? (
        <View className="card">
          <Text className="cf-muted">此事项无需填写文书，提交即可。</Text>
        </View>
      ) : null}

      <SubmitBar
        label={
          mode.kind === 'receipt'
            ? variant === 'bureau'
              ? '登记送达'
              : '确认送达'
            : mode.kind === 'voluntary'
              ? '提交召回计划'
              : '提交'
        }
        busy={f.submitting}
        onSubmit={() => void submit()}
        status={f.status}
        error={f.form.formError}
        errorCount={f.form.errorCount}
      />
    </View>
  );
}
