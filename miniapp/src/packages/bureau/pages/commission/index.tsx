import { useRouter } from '@tarojs/taro';
import { LoadState } from '../../../../components/LoadState';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { fetchCommission } from '../../../../features/commissions/api';
import { CommissionDetail } from '../../../../features/commissions/components/CommissionDetail';
import { useDetail } from '../../../../hooks/useResource';
import { idParam } from '../../../../utils/params';

/** One commission and its feedback; the commissioned city or county bureau files the feedback here. */
export default function CommissionPage() {
  return (
    <StaffGate
      className="commission-page"
      title="委托事项"
      allowed={(s) => s.me?.role === 'province' || s.me?.role === 'bureau' || s.canOpenCounty}
      deniedText="此页面仅供市场监管部门工作人员使用。"
    >
      {(me) => <Screen answerer={me.role === 'bureau' || me.role === 'county'} />}
    </StaffGate>
  );
}

function Screen({ answerer }: { answerer: boolean }) {
  const { params } = useRouter();
  const d = useDetail(idParam(params.id), fetchCommission, { missingId: '缺少委托编号' });
  if (!d.data) {
    return (
      <LoadState
        noun="委托事项"
        loading={d.loading}
        error={d.error}
        notFound={d.notFound}
        notFoundTitle="没有找到这项委托"
        onReload={d.reload}
      />
    );
  }
  return <CommissionDetail c={d.data} canAnswer={answerer} onChanged={d.setData} />;
}
