import { CaseFormScreen } from '../../../../features/cases/components/CaseFormScreen';
import { StaffGate } from '../../../../features/account/components/StaffGate';

export default function BureauCaseFormPage() {
  return (
    <StaffGate
      className="case-form-page"
      title="办理"
      allowed={(s) => s.canOpenBureau}
      deniedText="召回案件仅供市场监管部门工作人员办理。"
    >
      {(me) => <CaseFormScreen variant="bureau" me={me} />}
    </StaffGate>
  );
}
