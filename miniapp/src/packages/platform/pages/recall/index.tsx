import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { LoadState } from '../../../../components/LoadState';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { DeskRecall } from '../../../../features/platforms/components/DeskRecall';
import { useDeskRecall } from '../../../../features/platforms/usePlatforms';
import { idParam } from '../../../../utils/params';
import '../../../../features/platforms/components/platforms.css';

/** One recall pushed to the platform: its public details, 确认收到 and the measures (`?recallId=`). */
export default function PlatformRecallPage() {
  return (
    <StaffGate
      className="plat-page"
      title="召回处置"
      allowed={(s) => s.canOpenPlatform}
      deniedText="此页面仅供已登记电商平台的工作人员使用。"
    >
      {() => <Screen />}
    </StaffGate>
  );
}

function Screen() {
  const { params } = useRouter();
  const recallId = idParam(params.recallId) ?? 0;
  const q = useDeskRecall(recallId);
  usePullDownRefresh(() => void q.reload().finally(() => Taro.stopPullDownRefresh()));
  if (!q.data) {
    return (
      <LoadState
        noun="召回"
        loading={q.loading && !!recallId}
        error={recallId ? q.error : '缺少召回编号'}
        notFound={false}
        notFoundTitle="找不到这条召回"
        onReload={q.reload}
      />
    );
  }
  const { delivery } = q.data;
  return <DeskRecall status={q.data.status} delivery={delivery} onChange={() => void q.reload()} />;
}
