import { CaseScreen } from '../../../../features/cases/components/CaseScreen';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { CaseRecords } from '../../../../features/cases/records/CaseRecords';
import { TechnicalPanel } from '../../../../features/technical/components/TechnicalPanel';
import { TypicalCaseCard } from '../../../../features/technical/components/TypicalCaseCard';
import { CommissionsPanel } from '../../../../features/commissions/components/CommissionsPanel';
import { CaseWarnings } from '../../../../features/warnings/components/CaseWarnings';
import { RecallPlatformsPanel } from '../../../../features/platforms/components/RecallPlatformsPanel';

export default function BureauCasePage() {
  return (
    <StaffGate
      className="case-page"
      title="案件详情"
      allowed={(s) => s.canOpenBureau}
      deniedText="召回案件仅供市场监管部门工作人员办理。"
    >
      {(me) => (
        <>
          <CaseScreen
            variant="bureau"
            below={(view) => (
              <>
                <CaseRecords caseId={view.id} producerName={view.producerName} />
                <CaseWarnings view={view} />
                {view.recallId ? <RecallPlatformsPanel recallId={view.recallId} /> : null}
                {me.role !== 'admin' ? <TechnicalPanel caseId={view.id} caseState={view.state} canAsk /> : null}
                <TypicalCaseCard view={view} canMark={me.role === 'province'} />
                {me.role === 'province' ? <CommissionsPanel caseId={view.id} canCommission /> : null}
              </>
            )}
          />
        </>
      )}
    </StaffGate>
  );
}
