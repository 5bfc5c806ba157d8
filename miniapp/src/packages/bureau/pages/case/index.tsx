import { CaseScreen } from '../../../../features/cases/components/CaseScreen';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { CaseWarnings } from '../../../../features/warnings/components/CaseWarnings';

export default function BureauCasePage() {
  return (
    <StaffGate
      className="case-page"
      title="案件详情"
      allowed={(s) => s.canOpenBureau}
      deniedText="召回案件仅供市场监管部门工作人员办理。"
    >
      {() => <CaseScreen variant="bureau" footer={(view) => <CaseWarnings view={view} />} />}
    </StaffGate>
  );
}
