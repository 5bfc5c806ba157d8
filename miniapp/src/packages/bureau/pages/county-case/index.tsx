import { useRouter } from '@tarojs/taro';
import { LoadState } from '../../../../components/LoadState';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { CountyCase } from '../../../../features/county/components/CountyCase';
import { fetchCountyCase } from '../../../../features/county/api';
import { useDetail } from '../../../../hooks/useResource';
import { idParam } from '../../../../utils/params';

export default function CountyCasePage() {
  return (
    <StaffGate
      className="county-case-page"
      title="送达与协查"
      allowed={(s) => s.canOpenCounty}
      deniedText="此页面仅供县级市场监管局工作人员使用。"
    >
      {() => <CaseScreen />}
    </StaffGate>
  );
}

function CaseScreen() {
  const { params } = useRouter();
  const d = useDetail(idParam(params.id), fetchCountyCase, { missingId: '缺少案件编号' });
  if (!d.data) {
    return (
      <LoadState
        noun="案件"
        loading={d.loading}
        error={d.error}
        notFound={d.notFound}
        notFoundTitle="没有找到这个案件"
        onReload={d.reload}
      />
    );
  }
  return <CountyCase c={d.data} onChanged={d.setData} />;
}
