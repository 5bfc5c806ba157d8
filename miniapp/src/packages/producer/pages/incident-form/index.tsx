import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { FormActions } from '../../../../components/FormActions';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { IncidentFormBody } from '../../../../features/incidents/components/IncidentForm';
import { useIncidentForm } from '../../../../features/incidents/useIncidentForm';
import { subpage, url } from '../../../../constants/routes';
import '../../../../features/account/components/Workspace/index.css';
import './index.css';

export default function ProducerIncidentFormPage() {
  return (
    <StaffGate
      className="ws producer-incident-form"
      title="报告事故或伤害"
      allowed={(s) => s.canOpenProducer}
      deniedText="事故报告由生产者的召回负责人、客服人员提交。"
    >
      {() => <IncidentFormScreen />}
    </StaffGate>
  );
}

function IncidentFormScreen() {
  const form = useIncidentForm();
  const send = async () => {
    const sent = await form.submit();
    if (!sent) return;
    const to = [sent.routing.bureauName, ...sent.routing.copiedToNames].join('、');
    await Taro.showModal({
      title: '报告已送达',
      content: `已报送${to}（受理编号 ${sent.receiptNo}）。请保持联系电话畅通，并按规定告知消费者。`,
      showCancel: false,
      confirmText: '查看报告',
    });
    void Taro.redirectTo({ url: url(subpage('producer', 'incident'), { id: sent.id }) });
  };
  return (
    <>
      <View className="ws-head">
        <Text className="ws-head__title">报告事故或伤害</Text>
        <Text className="ws-head__who">
          产品造成死亡、受伤或重大财产损失的，请立即报告。报告会立即送达本企业所在地的市场监管局；有人死亡或重伤的，同时报告省市场监管局。
        </Text>
      </View>
      <IncidentFormBody form={form} />
      <FormActions
        className="incident-actions"
        errorClass="incident-actions__error"
        buttonClass="incident-submit"
        label="提交报告"
        submitting={form.submitting}
        error={form.errors.form}
        hint="提交后可在“事故报告”中查看办理进度。"
        onSubmit={() => void send()}
      />
    </>
  );
}
