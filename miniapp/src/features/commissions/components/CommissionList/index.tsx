import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { Cell, CellGroup } from '../../../../components/Cell';
import { EmptyState } from '../../../../components/EmptyState';
import { PageIntro } from '../../../../components/PageIntro';
import { subpage, url } from '../../../../constants/routes';
import { useCommissions } from '../../useCommissions';
import '../CommissionsPanel/index.css';

const BADGE = { done: '结', ok: '办', due_soon: '急', overdue: '逾' } as const;

/** 委托事项: the province's commissions, or those made to this city or county bureau, newest first. */
export function CommissionList({ province }: { province: boolean }) {
  const q = useCommissions({});
  return (
    <View className="commission-list">
      <PageIntro
        title={province ? '委托市县核查' : '省局委托事项'}
        description={
          province
            ? '委托市局、县级市场监管局核实缺陷线索、督促核查召回实施情况，及其反馈。'
            : '省局委托本局核实线索或督促核查召回实施情况的事项，请在期限内反馈。'
        }
      />
      {q.error ? (
        <EmptyState glyph="!" tone="warning" title="暂时无法加载" description={q.error}>
          <Button className="btn btn--small" onClick={() => void q.reload()}>
            重试
          </Button>
        </EmptyState>
      ) : null}
      {q.data && !q.data.enabled ? <EmptyState glyph="—" title="本省没有委托市县核查的程序" /> : null}
      {q.data?.enabled ? (
        <CellGroup title={`委托事项（${q.data.items.length}）`}>
          {q.data.items.length === 0 ? <Text className="commission-muted">暂无委托事项</Text> : null}
          {q.data.items.map((c) => (
            <Cell
              key={c.id}
              className="commission-cell"
              badge={BADGE[c.state]}
              title={`${c.purposeLabel}：${c.subject.title}`}
              description={`${province ? `${c.bureauName} · ` : ''}${c.stateLabel} · ${c.dueOn} 前反馈`}
              onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'commission'), { id: c.id }) })}
            />
          ))}
        </CellGroup>
      ) : null}
    </View>
  );
}
