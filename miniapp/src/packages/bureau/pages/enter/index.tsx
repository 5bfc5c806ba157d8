import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TMeResponse } from '@recall/shared';
import { ClueFormBody } from '../../../../features/clues/components/ClueForm';
import { FromProvinceFields } from '../../../../features/clues/components/FromProvinceFields';
import { FormActions } from '../../../../components/FormActions';
import { PageIntro } from '../../../../components/PageIntro';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { BUREAU_CLUE, url } from '../../../../constants/routes';
import { useClueForm } from '../../../../features/clues/useClueForm';
import { createStaffClue } from '../../../../features/clues/staffApi';
import './index.css';

export default function EnterCluePage() {
  return (
    <StaffGate
      className="enter"
      title="录入线索"
      allowed={(s) => s.canOpenBureau}
      deniedText="录入线索仅供市场监管部门工作人员使用。"
    >
      {(me) => <EnterForm me={me} />}
    </StaffGate>
  );
}

function EnterForm({ me }: { me: TMeResponse }) {
  // Clues from other provinces arrive at the province (or an admin enters them for it).
  const province = me.role === 'province' || me.role === 'admin';
  const form = useClueForm('staff', createStaffClue);

  const submit = async () => {
    const res = await form.submit();
    if (!res) return;
    await Taro.showModal({
      title: '线索已录入',
      content: `编号 ${res.receiptNo}，已分派至${res.routing.bureauName}。\n${res.routing.reason}`,
      showCancel: false,
      confirmText: '查看线索',
      confirmColor: '#1B5BBF',
    });
    void Taro.redirectTo({ url: url(BUREAU_CLUE, { id: res.id }) });
  };

  return (
    <>
      <PageIntro
        title="录入线索"
        description="录入监督抽查、风险监测、市场购检、网络舆情、国外召回、12315、信访、执法打假、海关口岸等来源的缺陷线索。"
      />
      {form.restored ? (
        <View className="notice notice--info">
          <Text>已恢复上次未提交的录入内容。</Text>
          <Text className="link" onClick={form.reset}>
            {' '}
            清空
          </Text>
        </View>
      ) : null}
      <ClueFormBody
        form={form}
        fromProvince={province ? <FromProvinceFields form={form} ownProvince={me.org?.code} /> : undefined}
      />
      <FormActions
        className="enter-actions"
        errorClass="enter-error"
        buttonClass="report-submit"
        label="提交线索"
        submitting={form.submitting}
        error={form.errors.form}
        onSubmit={submit}
      />
    </>
  );
}
