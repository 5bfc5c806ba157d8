import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CLUE_SOURCES } from '@recall/shared';
import { InfoRow } from '../../../../components/InfoRow';
import { LoadState } from '../../../../components/LoadState';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { ClueFacts } from '../../../../features/clues/components/ClueFacts';
import { ClueStatusTag } from '../../../../features/clues/components/ClueStatus';
import { ClueTimeline } from '../../../../features/clues/components/ClueTimeline';
import { fetchCountyClue } from '../../../../features/county/api';
import { useDetail } from '../../../../hooks/useResource';
import { idParam } from '../../../../utils/params';

export default function CountyCluePage() {
  return (
    <StaffGate
      className="county-clue-page"
      title="线索详情"
      allowed={(s) => s.canOpenCounty}
      deniedText="此页面仅供县级市场监管局工作人员使用。"
    >
      {() => <ClueScreen />}
    </StaffGate>
  );
}

/** One clue of the county, read-only: the city bureau it was routed to handles it. */
function ClueScreen() {
  const { params } = useRouter();
  const d = useDetail(idParam(params.id), fetchCountyClue, { missingId: '缺少线索编号' });
  if (!d.data) {
    return (
      <LoadState
        noun="线索"
        loading={d.loading}
        error={d.error}
        notFound={d.notFound}
        notFoundTitle="没有找到这条线索"
        onReload={d.reload}
      />
    );
  }
  const c = d.data;
  return (
    <View className="county-clue">
      <View className="card">
        <ClueStatusTag status={c.status} />
        <InfoRow label="编号" value={c.receiptNo} />
        <InfoRow label="来源" value={CLUE_SOURCES[c.source]} />
        <InfoRow label="办理" value={`${c.routing.bureauName}（${c.routing.reason}）`} />
        <InfoRow label="地区" value={c.regionName} />
      </View>
      <ClueFacts c={c} />
      <View className="card">
        <Text className="section-title">办理进度</Text>
        <ClueTimeline events={c.timeline} />
      </View>
    </View>
  );
}
