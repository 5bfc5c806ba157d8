import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { TMeResponse } from '@recall/shared';
import { EmptyState } from '../../../../components/EmptyState';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { IncidentCard } from '../../../../features/incidents/components/IncidentView';
import { useMyIncidents } from '../../../../features/incidents/useIncidents';
import { useReferences } from '../../../../features/clues/useBureaus';
import { subpage, url } from '../../../../constants/routes';
import '../../../../features/account/components/Workspace/index.css';
import './index.css';

const go = (path: string, query?: Record<string, string | number>) => void Taro.navigateTo({ url: url(path, query) });

export default function ProducerIncidentsPage() {
  return (
    <StaffGate
      className="ws producer-incidents"
      title="事故报告"
      allowed={(s) => s.canOpenProducer}
      deniedText="事故报告由生产者的召回负责人、客服人员提交。"
    >
      {(me) => <IncidentsScreen me={me} />}
    </StaffGate>
  );
}

function IncidentsScreen({ me }: { me: TMeResponse }) {
  const list = useMyIncidents(true);
  const refs = useReferences();
  return (
    <>
      <View className="ws-head">
        <Text className="ws-head__title">事故报告</Text>
        <Text className="ws-head__org">{me.org?.name ?? '未关联企业'}</Text>
        <Text className="ws-head__who">
          {me.displayName} · {me.roleLabel}
        </Text>
      </View>
      <View className="notice notice--warning producer-incidents__duty">
        <Text>
          发现产品已经造成人身伤亡、重大财产损失，或者可能引起死亡、严重疾病、严重人身伤害、重大财产损失的，应当立即向市场监管部门报告，并告知消费者
          {refs ? `（${refs.incidentReport}）` : ''}。
        </Text>
      </View>
      <Button
        className="btn btn--primary producer-incidents__new"
        onClick={() => go(subpage('producer', 'incidentForm'))}
      >
        报告事故或伤害
      </Button>
      <Text className="section-title">本企业的报告</Text>
      {list.error ? (
        <EmptyState glyph="!" tone="warning" title="暂时无法加载" description={list.error}>
          <Button className="btn btn--primary btn--small" onClick={() => void list.reload()}>
            重新加载
          </Button>
        </EmptyState>
      ) : list.loaded && list.items.length === 0 ? (
        <EmptyState
          glyph="报"
          title="还没有报告"
          description="提交的事故报告会立即送达本企业所在地的市场监管局，办理进度显示在这里。"
        />
      ) : (
        list.items.map((r) => (
          <IncidentCard key={r.id} report={r} onOpen={(id) => go(subpage('producer', 'incident'), { id })} />
        ))
      )}
    </>
  );
}
