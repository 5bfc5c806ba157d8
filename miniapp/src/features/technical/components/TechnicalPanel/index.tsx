import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { subpage, url } from '../../../../constants/routes';
import { useTechnicalRequests } from '../../useTechnicalRequests';
import { type CaseState } from '@recall/shared/staff';
import type { TechnicalKind, TTechnicalRequestView } from '@recall/shared/staff';
import './index.css';

/** One line of an answer in the list: its conclusion. */
function answerLine(a: NonNullable<TTechnicalRequestView['answer']>): string {
  if (a.report) return `${a.report.riskLevelLabel}：${a.report.conclusion}`;
  if (a.planEvaluation) return `形式评估：${a.planEvaluation.conclusionLabel}`;
  if (a.effectEvaluation)
    return `效果评估：${a.effectEvaluation.conclusionLabel}（完成率 ${a.effectEvaluation.rate}%）`;
  return `会商结论：${a.consultation?.conclusion ?? ''}`;
}

interface Props {
  clueId?: number;
  caseId?: number;
  /** The case's state: which evaluations may be asked now. */
  caseState?: CaseState;
  /** Whether the caller may still ask (the clue or case is open and theirs to handle). */
  canAsk: boolean;
}

/** Where the evaluations are asked: the plan under review; the recall under way or done. */
const PLAN_STATES: CaseState[] = ['plan_submitted'];
const EFFECT_STATES: CaseState[] = ['recalling', 'plan_completed', 'summarized'];

/** On a bureau's clue or case: what was asked of the technical institution, its answers, and asking again. */
export function TechnicalPanel({ clueId, caseId, caseState, canAsk }: Props) {
  const q = useTechnicalRequests(clueId ? { clueId } : { caseId });
  const subject = clueId ? { clueId } : { caseId };
  const ask = (kind: TechnicalKind) =>
    void Taro.navigateTo({ url: url(subpage('bureau', 'technicalAsk'), { ...subject, kind }) });
  const items = q.data?.items ?? [];
  return (
    <View className="tech-panel">
      <Text className="section-title">召回技术机构</Text>
      <View className="card">
        {q.error ? <Text className="tech-muted">{q.error}</Text> : null}
        {!q.loading && !items.length && !q.error ? <Text className="tech-muted">尚未请求召回技术机构。</Text> : null}
        {items.map((r) => (
          <View
            key={r.id}
            className="tech-item"
            onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'technicalRequest'), { id: r.id }) })}
          >
            <Text className="tech-item__title">
              {r.kindLabel} · {r.statusLabel}
              {r.overdue ? ' · 已超期' : ''}
            </Text>
            <Text className="tech-item__meta">
              {r.institutionName} · {r.dueOn} 前答复
            </Text>
            {r.answer ? <Text className="tech-item__answer">{answerLine(r.answer)}</Text> : null}
          </View>
        ))}
        {canAsk ? (
          <View className="tech-panel__actions">
            <Button className="btn btn--plain btn--small tech-ask-consultation" onClick={() => ask('consultation')}>
              请求技术会商
            </Button>
            {caseId ? (
              <Button className="btn btn--plain btn--small tech-ask-risk" onClick={() => ask('risk_assessment')}>
                请求风险评估
              </Button>
            ) : null}
            {caseId && caseState && PLAN_STATES.includes(caseState) ? (
              <Button className="btn btn--plain btn--small tech-ask-plan" onClick={() => ask('plan_evaluation')}>
                请求召回计划形式评估
              </Button>
            ) : null}
            {caseId && caseState && EFFECT_STATES.includes(caseState) ? (
              <Button className="btn btn--plain btn--small tech-ask-effect" onClick={() => ask('effect_evaluation')}>
                请求召回效果评估
              </Button>
            ) : null}
          </View>
        ) : null}
      </View>
    </View>
  );
}
