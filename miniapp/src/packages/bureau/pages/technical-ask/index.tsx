import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { todayInShanghai } from '@recall/shared';
import { TECHNICAL_KINDS, type TechnicalKind } from '@recall/shared/staff';
import { DateField } from '../../../../components/DateField';
import { subpage, url } from '../../../../constants/routes';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { useReferences } from '../../../../features/clues/useBureaus';
import { askTechnical } from '../../../../features/technical/api';
import { TechField, TechFiles } from '../../../../features/technical/components/TechField';
import { ExpertPicker } from '../../../../features/technical/components/ExpertPicker';
import { useUploads } from '../../../../features/technical/useUploads';
import { ApiError, errorMessage } from '../../../../services/errors';
import { idParam } from '../../../../utils/params';
import '../../../../features/technical/components/TechnicalPanel/index.css';

/** What the institution does for each kind of request, as the form explains it. */
type Refs = ReturnType<typeof useReferences>;

/** What each request asks of the institution, citing the province's own rules where the profile names them. */
function kindText(kind: TechnicalKind, refs: Refs): string {
  const cite = (r: string | undefined) => (r ? `（${r}）` : '');
  switch (kind) {
    case 'consultation':
      return `召回技术机构组织专家会商，分析产品是否存在缺陷以及可能造成的危害${cite(refs?.consultation)}。可从专家库中选择拟请专家。`;
    case 'risk_assessment':
      return `召回技术机构根据产品对人身和财产安全造成损害的可能性、程度、范围进行风险评估，评估结果作为认定缺陷的依据${cite(refs?.riskAssessment)}。`;
    case 'plan_evaluation':
      return '召回技术机构对生产者报告的召回计划进行形式评估：批次是否准确、数量是否真实、内容是否完整、措施是否可行。评估意见在决定接受或退回计划前供参考。';
    case 'effect_evaluation':
      return '召回技术机构评估召回效果：已召回处理的数量、覆盖的销售渠道和剩余风险。评估认为需补充召回措施的，可通知生产者重新实施召回。';
  }
}

/** A calendar date `n` days after `iso` (a suggested due date the bureau may change). */
function daysAfter(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export default function TechnicalAskPage() {
  return (
    <StaffGate
      className="tech-page"
      title="请求技术机构"
      allowed={(s) => s.me?.role === 'bureau' || s.me?.role === 'province'}
      deniedText="技术会商和风险评估由市场监管部门请求。"
    >
      {() => <AskForm />}
    </StaffGate>
  );
}

function AskForm() {
  const { params } = useRouter();
  const clueId = idParam(params.clueId);
  const caseId = idParam(params.caseId);
  const kind: TechnicalKind =
    caseId && params.kind && params.kind in TECHNICAL_KINDS ? (params.kind as TechnicalKind) : 'consultation';
  const [expertIds, setExpertIds] = useState<number[]>([]);
  const [question, setQuestion] = useState('');
  const [dueOn, setDueOn] = useState(() => daysAfter(todayInShanghai(), 14));
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const files = useUploads();
  const refs = useReferences();

  const submit = async () => {
    setSending(true);
    setError(null);
    try {
      const r = await askTechnical({
        kind,
        ...(clueId ? { clueId } : { caseId }),
        question,
        dueOn,
        materialIds: files.ids,
        expertIds: kind === 'consultation' ? expertIds : [],
      });
      void Taro.redirectTo({ url: url(subpage('bureau', 'technicalRequest'), { id: r.id }) });
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="tech-ask">
      <View className="card">
        <Text className="tech-answer__title">
          请求{TECHNICAL_KINDS[kind]}（{clueId ? `线索编号 ${clueId}` : `案件编号 ${caseId}`}）
        </Text>
        <Text className="tech-muted">{kindText(kind, refs)}</Text>
        <TechField
          label={kind === 'consultation' ? '需会商的问题' : '需评估的问题'}
          field="question"
          value={question}
          onChange={setQuestion}
          error={error}
          multiline
          placeholder="例如：外壳发烫冒烟是否属于设计缺陷？"
        />
        <View className="tech-form__field" data-key="dueOn">
          <Text className="tech-form__label">答复期限</Text>
          <DateField value={dueOn} onChange={setDueOn} placeholder="请选择日期" start={todayInShanghai()} />
          {error instanceof ApiError && error.issueFor('dueOn') ? (
            <Text className="tech-form__error">{error.issueFor('dueOn')}</Text>
          ) : null}
        </View>
        {kind === 'consultation' ? <ExpertPicker selected={expertIds} onChange={setExpertIds} error={error} /> : null}
        <TechFiles label="材料" u={files} error={error} field="materialIds" />
      </View>
      {error ? <View className="notice notice--error">{errorMessage(error)}</View> : null}
      <Button
        className="btn btn--primary tech-ask-submit"
        disabled={sending || files.busy}
        onClick={() => void submit()}
      >
        {sending ? '正在提交…' : '提交请求'}
      </Button>
    </View>
  );
}
