import { CaseScreen } from '../../../../features/cases/components/CaseScreen';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { ProducerRecords } from '../../../../features/cases/records/ProducerRecords';

export default function ProducerCasePage() {
  return (
    <StaffGate
      className="case-page"
      title="案件详情"
      allowed={(s) => s.canOpenProducer}
      deniedText="此页面仅供生产者客服人员使用。"
    >
      {() => <CaseScreen variant="producer" below={(view) => <ProducerRecords caseId={view.id} />} />}
    </StaffGate>
  );
}
