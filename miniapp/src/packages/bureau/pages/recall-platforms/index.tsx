import { useRouter } from '@tarojs/taro';
import { EmptyState } from '../../../../components/EmptyState';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { RecallPlatformsPanel } from '../../../../features/platforms/components/RecallPlatformsPanel';
import { idParam } from '../../../../utils/params';

/** 电商平台处置 of one published recall (`?recallId=`): for recalls that have no case page here. */
export default function RecallPlatformsPage() {
  return (
    <StaffGate
      className="plat-page"
      title="电商平台处置"
      allowed={(s) => s.canOpenBureau}
      deniedText="电商平台处置情况供市场监管部门工作人员查看。"
    >
      {() => <Screen />}
    </StaffGate>
  );
}

function Screen() {
  const { params } = useRouter();
  const recallId = idParam(params.recallId);
  if (!recallId) return <EmptyState glyph="!" tone="warning" title="缺少召回编号" />;
  return <RecallPlatformsPanel recallId={recallId} />;
}
