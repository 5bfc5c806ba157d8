import { StaffGate } from '../../../../features/account/components/StaffGate';
import { CommissionList } from '../../../../features/commissions/components/CommissionList';

/** 委托核查 (辽 第五、九、十七条): the province's commissions, or those made to this city or county bureau. */
export default function CommissionsPage() {
  return (
    <StaffGate
      className="commissions-page"
      title="委托核查"
      allowed={(s) => s.me?.role === 'province' || s.me?.role === 'bureau' || s.canOpenCounty}
      deniedText="此页面仅供市场监管部门工作人员使用。"
    >
      {(me) => <CommissionList province={me.role === 'province'} />}
    </StaffGate>
  );
}
