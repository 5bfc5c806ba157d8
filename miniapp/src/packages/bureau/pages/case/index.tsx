import { CaseScreen } from '../../../../features/cases/components/CaseScreen';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { CaseRecords } from '../../../../features/cases/records/CaseRecords';

export default function BureauCasePage() {
  return (
    <StaffGate
      className="case-page"
      title="案件详情"
      allowed={(s) => s.canOpenBureau}
      deniedText="召回案件仅供市场监管部门工作人员办理。"
    >
      {() => (
        <CaseScreen
          variant="bureau"
          below={(view) => <CaseRecords caseId={view.id} producerName={view.producerName} />}
        />
      )}
    </StaffGate>
  );
}
