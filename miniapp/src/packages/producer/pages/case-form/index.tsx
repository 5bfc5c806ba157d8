import { CaseFormScreen } from '../../../../features/cases/components/CaseFormScreen';
import { StaffGate } from '../../../../features/account/components/StaffGate';

export default function ProducerCaseFormPage() {
  return (
    <StaffGate
      className="case-form-page"
      title="办理"
      allowed={(s) => s.canOpenProducer}
      deniedText="此页面仅供生产者客服人员使用。"
    >
      {(me) => <CaseFormScreen variant="producer" me={me} />}
    </StaffGate>
  );
}
