import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ClueFormBody } from '../../../../features/clues/components/ClueForm';
import { FormActions } from '../../../../components/FormActions';
import { PageIntro } from '../../../../components/PageIntro';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { subpage, url } from '../../../../constants/routes';
import { useClueForm } from '../../../../features/clues/useClueForm';
import { enterCountyClue } from '../../../../features/county/api';
import '../enter/index.css';

export default function CountyEnterCluePage() {
  return (
    <StaffGate
      className="enter"
      title="录入线索"
      allowed={(s) => s.canOpenCounty}
      deniedText="此页面仅供县级市场监管局工作人员使用。"
    >
      {() => <EnterForm />}
    </StaffGate>
  );
}

function EnterForm() {
  const form = useClueForm('staff', enterCountyClue);

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
    void Taro.redirectTo({ url: url(subpage('bureau', 'countyClue'), { id: res.id }) });
  };

  return (
    <>
      <PageIntro
        title="录入线索"
        description="录入本县（市、区）收集的缺陷线索（监督抽查、12315、信访、执法打假等）。线索按省级规定分派给市局办理，并记录由本局录入。"
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
      <ClueFormBody form={form} />
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
