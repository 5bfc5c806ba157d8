import { StaffGate } from '../../../../features/account/components/StaffGate';
import { EnterClue } from '../../../../features/clues/components/EnterClue';
import { subpage } from '../../../../constants/routes';
import { enterCountyClue } from '../../../../features/county/api';

export default function CountyEnterCluePage() {
  return (
    <StaffGate
      className="enter"
      title="录入线索"
      allowed={(s) => s.canOpenCounty}
      deniedText="此页面仅供县级市场监管局工作人员使用。"
    >
      {() => (
        <EnterClue
          submitTo={enterCountyClue}
          description="录入本县（市、区）收集的缺陷线索（监督抽查、12315、信访、执法打假等）。线索按省级规定分派给市局办理，并记录由本局录入。"
          cluePage={subpage('bureau', 'countyClue')}
        />
      )}
    </StaffGate>
  );
}
