import { useRouter } from '@tarojs/taro';
import { LoadState } from '../../../../components/LoadState';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { IncidentDetail } from '../../../../features/incidents/components/IncidentView';
import { useIncident } from '../../../../features/incidents/useIncidents';
import { idParam } from '../../../../utils/params';
import '../../../../features/account/components/Workspace/index.css';
import './index.css';

export default function ProducerIncidentPage() {
  return (
    <StaffGate
      className="ws producer-incident"
      title="事故报告详情"
      allowed={(s) => s.canOpenProducer}
      deniedText="事故报告仅本企业的召回负责人、客服人员可以查看。"
    >
      {() => <IncidentScreen />}
    </StaffGate>
  );
}

function IncidentScreen() {
  const { params } = useRouter();
  const r = useIncident(idParam(params.id));
  if (!r.data) {
    return (
      <LoadState
        noun="报告"
        loading={r.loading}
        error={r.error}
        notFound={r.notFound}
        notFoundTitle="没有找到这份事故报告"
        onReload={r.reload}
      />
    );
  }
  return <IncidentDetail report={r.data} />;
}
