import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { REMEDIES } from '@recall/shared';
import { EmptyState } from '../../components/EmptyState';
import { MyListBody, MyListPage } from '../../components/MyListPage';
import { RequestStatusTag } from '../../features/participation/components/RequestStatus';
import { PAGES, url } from '../../constants/routes';
import { useMyRequests } from '../../features/participation/useRecallRequests';
import { useSession } from '../../features/account/useSession';
import { formatShanghaiDate } from '../../utils/format';
import './index.css';

export default function MyRequestsPage() {
  const session = useSession();
  const list = useMyRequests(session.signedIn);
  const open = (id: number) => void Taro.navigateTo({ url: url(PAGES.request, { id }) });
  const goSearch = () => void Taro.switchTab({ url: url(PAGES.index) });

  return (
    <MyListPage
      className="my-requests"
      session={session}
      signIn={{
        title: '登录后查看我的召回申请',
        description: '登录后可以查看你向生产者提交的召回申请和处理进度。',
      }}
    >
      <MyListBody
        list={list}
        empty={
          <EmptyState
            glyph="空"
            title="还没有召回申请"
            description="查到自己的产品在召回范围内时，可以在召回详情页点“我有这件产品，申请召回”。"
          >
            <Button className="btn btn--primary btn--small" onClick={goSearch}>
              查询召回
            </Button>
          </EmptyState>
        }
      >
        <Text className="my-requests__count">共 {list.total} 份申请</Text>
        {list.items.map((q) => (
          <View key={q.id} className="card my-request" hoverClass="my-request--active" onClick={() => open(q.id)}>
            <View className="my-request__head">
              <RequestStatusTag status={q.status} label={q.statusLabel} />
              <Text className="my-request__date">{formatShanghaiDate(q.createdAt)} 提交</Text>
            </View>
            <Text className="my-request__title">{q.productName}</Text>
            <Text className="my-request__meta">
              {q.producerName} · {q.quantity} 件 · 希望
              {REMEDIES[q.preferredRemedy]}
            </Text>
            {q.status === 'scheduled' && q.scheduledOn ? (
              <Text className="my-request__next">安排在 {q.scheduledOn} 处理</Text>
            ) : null}
          </View>
        ))}
      </MyListBody>
    </MyListPage>
  );
}
