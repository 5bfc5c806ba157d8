import { useRouter } from '@tarojs/taro';
import { CaseScreen } from '../../../../features/cases/components/CaseScreen';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { CaseRecords } from '../../../../features/cases/records/CaseRecords';
import { TechnicalPanel } from '../../../../features/technical/components/TechnicalPanel';
import { idParam } from '../../../../utils/params';
import { CommissionsPanel } from '../../../../features/commissions/components/CommissionsPanel';
import { CaseWarnings } from '../../../../features/warnings/components/CaseWarnings';

export default function BureauCasePage() {
  const id = idParam(useRouter().params.id);
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
              </>
            )}
          />
          {id && me.role !== 'admin' ? <TechnicalPanel caseId={id} canAsk /> : null}
          {id && me.role === 'province' ? <CommissionsPanel caseId={id} canCommission /> : null}
        </>
      )}
    </StaffGate>
  );
}
