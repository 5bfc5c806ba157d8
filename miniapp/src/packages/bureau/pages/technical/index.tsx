import { useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { TECHNICAL_STATUSES, type TechnicalStatus } from '@recall/shared/staff';
import { subpage, url } from '../../../../constants/routes';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { useTechnicalRequests } from '../../../../features/technical/useTechnicalRequests';
import { formatShanghaiDate } from '../../../../utils/format';
import '../../../../features/technical/components/TechnicalPanel/index.css';

export default function TechnicalWorkspacePage() {
  return (
    <StaffGate
      className="tech-page"
      title="召回技术机构工作台"
      allowed={(s) => s.me?.role === 'technical'}
      deniedText="召回技术机构工作台供技术机构工作人员使用。"
    >
      {(me) => <Workspace orgName={me.org?.name ?? ''} />}
    </StaffGate>
  );
}

function Workspace({ orgName }: { orgName: string }) {
  const [status, setStatus] = useState<TechnicalStatus>('pending');
  const q = useTechnicalRequests({ status });
  usePullDownRefresh(() => void q.reload().finally(() => Taro.stopPullDownRefresh()));
  const counts = q.data?.counts;
  return (
    <View className="tech-workspace">
      <View className="card">
        <Text className="tech-answer__title">{orgName}</Text>
        <Text className="tech-muted">
          市场监管部门请求的技术会商、风险评估、召回计划形式评估和召回效果评估。只能查看被请求的线索和案件，举报人个人信息已遮蔽。
        </Text>
        <View className="tech-panel__actions">
          <Button
            className="btn btn--plain btn--small tech-open-experts"
            onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'experts')) })}
          >
            专家库
          </Button>
          <Button
            className="btn btn--plain btn--small tech-open-typical"
            onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'typicalCases')) })}
          >
            案例库
          </Button>
        </View>
      </View>
      <View className="tech-chips">
        {(Object.keys(TECHNICAL_STATUSES) as TechnicalStatus[]).map((s) => (
          <Button
            key={s}
            className={`choice-chip ${status === s ? 'choice-chip--on' : ''} tech-filter-${s}`}
            onClick={() => setStatus(s)}
          >
            {TECHNICAL_STATUSES[s]}
            {counts ? `（${counts[s]}）` : ''}
          </Button>
        ))}
      </View>
      {counts?.overdue ? (
        <View className="notice notice--error">有 {counts.overdue} 项请求已超过答复期限。</View>
      ) : null}
      {q.error ? <View className="notice notice--error">{q.error}</View> : null}
      <View className="card">
        {!q.loading && !q.data?.items.length ? (
          <Text className="tech-muted">没有{TECHNICAL_STATUSES[status]}的请求。</Text>
        ) : null}
        {(q.data?.items ?? []).map((r) => (
          <View
            key={r.id}
            className="tech-item"
            onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'technicalRequest'), { id: r.id }) })}
          >
            <Text className="tech-item__title">
              {r.kindLabel} · {r.subject.label} · {r.subject.productName}
            </Text>
            <Text className="tech-item__meta">
              {r.requesterName} · {formatShanghaiDate(r.requestedAt)} 提出 · {r.dueOn} 前答复
              {r.overdue ? ' · 已超期' : ''}
            </Text>
            <Text className="tech-item__answer">{r.question}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
