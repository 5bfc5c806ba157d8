import Taro, { useRouter } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { RECALL_REQUEST_STATUS_SHORT, REMEDIES, type RecallRequestStatus, type TMeResponse } from '@recall/shared';
import { EmptyState } from '../../../../components/EmptyState';
import { ageText, RequestStatusTag } from '../../../../features/participation/components/RequestStatus';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { subpage, url } from '../../../../constants/routes';
import { useProducerRequests } from '../../../../features/participation/useProducerRequests';
import { idParam } from '../../../../utils/params';
import '../../../../features/account/components/Workspace/index.css';
import './index.css';

const TABS: RecallRequestStatus[] = [
  'submitted',
  'accepted',
  'scheduled',
  'disputed',
  'completed',
  'confirmed',
  'rejected',
];

const EMPTY_TEXT: Record<RecallRequestStatus, string> = {
  submitted: '消费者在召回详情页提交的申请会先出现在这里，请及时受理并联系消费者。',
  accepted: '已受理、尚未安排处理的申请。',
  scheduled: '已约定处理日期的申请，处理后请点“完成召回”。',
  completed: '已完成补救、等待消费者确认的申请。',
  confirmed: '消费者已确认完成的申请。',
  disputed: '消费者对完成有异议的申请：请联系消费者，重新安排或再次完成召回。',
  rejected: '经核实不在召回范围的申请。',
};

export default function ProducerRequestsPage() {
  return (
    <StaffGate
      className="ws producer-requests"
      title="召回申请"
      allowed={(s) => s.canOpenProducer}
      deniedText="召回申请仅供生产者客服人员处理。"
    >
      {(me) => <RequestsScreen me={me} />}
    </StaffGate>
  );
}

function RequestsScreen({ me }: { me: TMeResponse }) {
  const { params } = useRouter();
  const initialStatus = TABS.find((s) => s === params.status) ?? 'submitted';
  const list = useProducerRequests({ status: initialStatus, recallId: idParam(params.recallId) });
  const open = (id: number) => void Taro.navigateTo({ url: url(subpage('producer', 'request'), { id }) });
  const call = (phone: string) => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined);
  const status = list.filter.status ?? 'submitted';

  return (
    <>
      <View className="ws-head">
        <Text className="ws-head__title">消费者召回申请</Text>
        <Text className="ws-head__org">{me.org?.name ?? '未关联单位'}</Text>
        <Text className="ws-head__who">
          {me.displayName} · {me.roleLabel}
        </Text>
      </View>

      <View className="pr-tabs">
        {TABS.map((s) => (
          <View
            key={s}
            className={`pr-tab ${status === s ? 'pr-tab--on' : ''}`}
            data-status={s}
            onClick={() => list.setStatus(s)}
          >
            <Text>{RECALL_REQUEST_STATUS_SHORT[s]}</Text>
          </View>
        ))}
      </View>

      <View className="pr-search">
        <View className="pr-search__box">
          <Input
            className="pr-search__input"
            value={list.query}
            maxlength={50}
            confirmType="search"
            placeholder="搜索产品名称或批次号"
            placeholderClass="form-placeholder"
            onInput={(e) => list.setQuery(e.detail.value)}
            onConfirm={list.search}
          />
          {list.query ? (
            <Text className="pr-search__clear" onClick={list.clearSearch}>
              ×
            </Text>
          ) : null}
        </View>
        <Button className="btn btn--primary btn--small pr-search__go" onClick={list.search}>
          搜索
        </Button>
      </View>

      {list.filter.recallId ? (
        <View className="notice notice--info pr-scope">
          <Text>仅显示召回编号 {list.filter.recallId} 的申请。</Text>
          <Text className="link" onClick={list.clearRecall}>
            查看全部
          </Text>
        </View>
      ) : null}

      {list.loaded ? (
        <Text className="pr-count">
          {RECALL_REQUEST_STATUS_SHORT[status]} {list.total} 件{list.filter.q ? `（搜索“${list.filter.q}”）` : ''}
        </Text>
      ) : null}

      {list.error && list.items.length === 0 ? (
        <View className="card">
          <EmptyState glyph="!" tone="warning" title="暂时无法加载" description={list.error}>
            <Button className="btn btn--primary btn--small" onClick={list.retry}>
              重新加载
            </Button>
          </EmptyState>
        </View>
      ) : !list.loaded ? (
        <EmptyState glyph="…" title="正在加载" />
      ) : list.items.length === 0 ? (
        <View className="card">
          <EmptyState
            glyph="空"
            title={list.filter.q ? '没有找到符合的申请' : `暂无${RECALL_REQUEST_STATUS_SHORT[status]}的申请`}
            description={list.filter.q ? '换个关键词试试。' : EMPTY_TEXT[status]}
          />
        </View>
      ) : (
        <View className="pr-list">
          {list.items.map((q) => (
            <View
              key={q.id}
              className="card request-row"
              data-id={q.id}
              hoverClass="request-row--active"
              onClick={() => open(q.id)}
            >
              <View className="request-row__head">
                <RequestStatusTag status={q.status} label={RECALL_REQUEST_STATUS_SHORT[q.status]} />
                {q.scope === 'not_affected' ? <Text className="request-row__flag">批次不在范围</Text> : null}
                <View className="request-row__spacer" />
                <Text className="request-row__age">{ageText(q.createdAt)}</Text>
              </View>
              <Text className="request-row__title">{q.productName}</Text>
              <Text className="request-row__meta">
                {q.batch ? `批次 ${q.batch}` : '未填批次'} · {q.quantity} 件 · 希望{REMEDIES[q.preferredRemedy]}
                {q.status === 'scheduled' && q.scheduledOn ? ` · ${q.scheduledOn} 处理` : ''}
              </Text>
              <View className="request-row__contact">
                <Text className="request-row__name">{q.contact.name}</Text>
                <Text
                  className="link request-row__phone"
                  onClick={(e) => {
                    e.stopPropagation();
                    call(q.contact.phone);
                  }}
                >
                  {q.contact.phone}
                </Text>
              </View>
            </View>
          ))}
          <Text className="pr-footer">
            {list.loading ? '正在加载…' : list.error ? list.error : list.hasMore ? '上拉加载更多' : '没有更多了'}
          </Text>
        </View>
      )}
    </>
  );
}
