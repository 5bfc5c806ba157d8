import { CaseFormScreen } from '../../../../components/case/CaseFormScreen';
import { StaffGate } from '../../../../components/StaffGate';

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
