import { StaffGate } from '../../../../features/account/components/StaffGate';
import { EnterClue } from '../../../../features/clues/components/EnterClue';
import { FromProvinceFields } from '../../../../features/clues/components/FromProvinceFields';
import { UnitReportFields } from '../../../../features/clues/components/UnitReportFields';
import { BUREAU_CLUE } from '../../../../constants/routes';
import { createStaffClue } from '../../../../features/clues/staffApi';

export default function EnterCluePage() {
  return (
    <StaffGate
      className="enter"
      title="录入线索"
      allowed={(s) => s.canOpenBureau}
      deniedText="录入线索仅供市场监管部门工作人员使用。"
    >
      {(me) => (
        <EnterClue
          submitTo={createStaffClue}
          description="录入监督抽查、风险监测、市场购检、网络舆情、国外召回、12315、信访、执法打假、海关口岸等来源的缺陷线索。"
          cluePage={BUREAU_CLUE}
          // Clues from other provinces arrive at the province (or an admin enters them for it).
          fromProvince={
            me.role === 'province' || me.role === 'admin'
              ? (form) => <FromProvinceFields form={form} ownProvince={me.org?.code} />
              : undefined
          }
          // 线索报送: a clue one of the province's units found (辽 第八条; only where the profile has it).
          unitReport={me.role === 'province' ? (form) => <UnitReportFields form={form} /> : undefined}
        />
      )}
    </StaffGate>
  );
}
