import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { subpage, url } from '../../../../constants/routes';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { CrossProvinceList } from '../../../../features/clues/components/CrossProvinceList';
import { useOversight } from '../../../../features/oversight/useOversight';
import { actionRole } from '../../../../utils/a11y';
import '../statistics/index.css';
import './index.css';

export default function OversightPage() {
  return (
    <StaffGate
      className="stats-page"
      title="督办"
      allowed={(s) => ['bureau', 'province', 'admin'].includes(s.me?.role ?? '')}
      deniedText="督办供市场监管部门工作人员使用。"
    >
      {(me) => <Oversight province={me.role === 'province' || me.role === 'admin'} />}
    </StaffGate>
  );
}

const openCase = (id: number) => void Taro.navigateTo({ url: url(subpage('bureau', 'case'), { id }) });

function Oversight({ province }: { province: boolean }) {
  const { data, error } = useOversight();
  if (error) return <View className="notice notice--error">{error}</View>;
  if (!data) return <Text className="stats__loading">正在汇总…</Text>;
  return (
    <View className="stats oversight">
      <View className="card stats__table">
        <Text className="stats__table-title">各市在办案件（截至 {data.asOf}）</Text>
        <View className="stats__row stats__row--head">
          {['地区', '在办', '即将到期', '生产者逾期', '监管局逾期', '待确认送达'].map((h) => (
            <Text key={h} className="stats__cell">
              {h}
            </Text>
          ))}
        </View>
        {data.cities.length ? (
          data.cities.map((c) => (
            <View key={c.code} className="stats__row oversight-city" data-code={c.code}>
              {[c.name, c.open, c.dueSoon, c.overdueProducer, c.overdueBureau, c.awaitingReceipt].map((v, i) => (
                <Text key={i} className="stats__cell">
                  {v}
                </Text>
              ))}
            </View>
          ))
        ) : (
          <Text className="stats__none">没有在办案件</Text>
        )}
      </View>

      <View className="card">
        <Text className="stats__table-title">待省局办理（{data.waiting.length}）</Text>
        {data.waiting.length ? null : <Text className="stats__none">没有待办事项</Text>}
        {data.waiting.map((w) => (
          <View
            key={`${w.kind}-${w.caseId ?? w.clueId}`}
            className={`oversight-item oversight-waiting--${w.kind}`}
            onClick={() => void Taro.navigateTo({ url: w.link })}
            {...actionRole({ role: 'link' })}
          >
            <Text className="oversight-item__title">
              {w.kind === 'clue' ? `线索 ${w.receiptNo} · ` : ''}
              {w.productName} · {w.bureauName}
            </Text>
            <Text className="oversight-item__line">{w.reason}</Text>
          </View>
        ))}
      </View>

      {data.reminders.length ? (
        <View className="card">
          <Text className="stats__table-title">督办提醒（{data.reminders.length}）</Text>
          {data.reminders.map((r) => (
            <View
              key={`${r.caseId}-${r.label}-${r.dueOn}`}
              className="oversight-item oversight-reminder"
              onClick={() => openCase(r.caseId)}
              {...actionRole({ role: 'link' })}
            >
              <Text className="oversight-item__title">
                {r.productName} · {r.bureauName}
              </Text>
              <Text className="oversight-item__line">
                {r.label}的期限已于 {r.dueOn} 届满，已提醒省局督办
              </Text>
            </View>
          ))}
        </View>
      ) : null}

      <View className="card">
        <Text className="stats__table-title">逾期事项（{data.overdue.length}）</Text>
        {data.overdue.length ? null : <Text className="stats__none">没有逾期事项</Text>}
        {data.overdue.map((o) => (
          <View
            key={`${o.caseId}-${o.label}`}
            className="oversight-item oversight-overdue"
            onClick={() => openCase(o.caseId)}
            {...actionRole({ role: 'link' })}
          >
            <Text className="oversight-item__title">
              {o.productName} · {o.city}
            </Text>
            <Text className="oversight-item__line">
              {o.party === 'bureau' ? o.bureauName : o.producerName}未在 {o.dueOn} 前{o.label}
            </Text>
          </View>
        ))}
      </View>

      {province ? <CrossProvinceList /> : null}
    </View>
  );
}
