import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { subpage, url } from '../../../../constants/routes';
import { useTechnicalRequests } from '../../useTechnicalRequests';
import './index.css';

interface Props {
  clueId?: number;
  caseId?: number;
  /** Whether the caller may still ask (the clue or case is open and theirs to handle). */
  canAsk: boolean;
}

/** On a bureau's clue or case: what was asked of the technical institution, its answers, and asking again. */
export function TechnicalPanel({ clueId, caseId, canAsk }: Props) {
  const q = useTechnicalRequests(clueId ? { clueId } : { caseId });
  const subject = clueId ? { clueId } : { caseId };
  const ask = (kind: 'consultation' | 'risk_assessment') =>
    void Taro.navigateTo({ url: url(subpage('bureau', 'technicalAsk'), { ...subject, kind }) });
  const items = q.data?.items ?? [];
  return (
    <View className="tech-panel">
      <Text className="section-title">技术会商与风险评估</Text>
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
            {r.answer ? (
              <Text className="tech-item__answer">
                {r.answer.report ? `${r.answer.report.riskLevelLabel}：` : '会商结论：'}
                {r.answer.report?.conclusion ?? r.answer.consultation?.conclusion}
              </Text>
            ) : null}
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
          </View>
        ) : null}
      </View>
    </View>
  );
}
