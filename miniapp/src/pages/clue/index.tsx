import { Text, View } from '@tarojs/components';
import { INJURY_LEVELS } from '@recall/shared';
import { ClueProductRows } from '../../features/clues/components/ClueFacts';
import { ClueStatusTag, NEXT_STEP } from '../../features/clues/components/ClueStatus';
import { ClueTimeline } from '../../features/clues/components/ClueTimeline';
import { InfoRow } from '../../components/InfoRow';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { PhotoGallery } from '../../components/PhotoGrid';
import { useClue } from '../../features/clues/useClues';
import { formatShanghaiTime } from '../../utils/format';
import { usePageParams } from '../../hooks/usePageParams';
import { idParam } from '../../utils/params';
import './index.css';

export default function ClueDetailPage() {
  const params = usePageParams();
  const id = idParam(params.id);
  const { clue, loading, error, notFound, reload } = useClue(id);

  if (!clue) {
    return (
      <PageShell className="clue-detail">
        <LoadState
          noun="报告"
          loading={loading}
          error={error}
          notFound={notFound}
          notFoundTitle="未找到该报告"
          calmNotFound
          onReload={reload}
        />
      </PageShell>
    );
  }

  const c = clue;
  return (
    <PageShell className="clue-detail">
      <View className="clue-head">
        <View className="clue-head__tags">
          <ClueStatusTag status={c.status} />
          <Text className="clue-head__no">报告编号 {c.receiptNo}</Text>
        </View>
        <Text className="clue-head__title">
          {c.brand} {c.productName}
        </Text>
        <Text className="clue-head__meta">{formatShanghaiTime(c.createdAt)} 提交</Text>
      </View>

      <View className="card clue-next">
        <Text className="clue-next__label">当前进展</Text>
        <Text className="clue-next__text">{NEXT_STEP[c.status]}</Text>
      </View>

      <Text className="section-title">处理单位</Text>
      <View className="card">
        <InfoRow label="处理单位" value={c.routing.bureauName} />
        <InfoRow label="分派理由" value={c.routing.reason} />
        <InfoRow label="同时告知" value={c.routing.copiedToNames.join('、')} />
      </View>

      <Text className="section-title">办理记录</Text>
      <View className="card">
        <ClueTimeline events={c.timeline} />
      </View>

      <Text className="section-title">报告内容</Text>
      <View className="card">
        <ClueProductRows c={c} />
        <InfoRow label="伤害情况" value={INJURY_LEVELS[c.injury]} />
        <InfoRow label="是否起火" value={c.fire ? '是' : '否'} />
        <InfoRow label="购买渠道" value={c.purchaseChannel} />
        <InfoRow label="所在地区" value={c.regionName} />
        <Text className="clue-detail__subtitle">问题描述</Text>
        <Text className="clue-detail__text">{c.description}</Text>
      </View>

      <Text className="section-title">照片</Text>
      <View className="card">
        <PhotoGallery photos={c.photos} />
      </View>

      {c.contact ? (
        <>
          <Text className="section-title">
            联系方式<Text className="section-title__hint">仅处理单位可见</Text>
          </Text>
          <View className="card">
            <InfoRow label="姓名" value={c.contact.name} />
            <InfoRow label="电话" value={c.contact.phone} />
            <InfoRow label="地址" value={c.contact.address} />
          </View>
        </>
      ) : null}
    </PageShell>
  );
}
