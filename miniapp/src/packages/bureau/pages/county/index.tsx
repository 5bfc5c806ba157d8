import { StaffGate } from '../../../../features/account/components/StaffGate';
import { CountyWorkspace } from '../../../../features/county/components/CountyWorkspace';

export default function CountyWorkspacePage() {
  return (
    <StaffGate
      className="county-page"
      title="县级市场监管局工作台"
      allowed={(s) => s.canOpenCounty}
      deniedText="此工作台仅供县级市场监管局工作人员使用。"
    >
      {(me) => <CountyWorkspace me={me} />}
    </StaffGate>
  );
}
