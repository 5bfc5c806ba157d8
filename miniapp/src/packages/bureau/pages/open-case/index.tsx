import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { DocForm } from '../../../../features/cases/components/DocForm';
import { SubmitBar } from '../../../../features/cases/components/SubmitBar';
import { EmptyState } from '../../../../components/EmptyState';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { subpage, url } from '../../../../constants/routes';
import { OPEN_CASE_FORM, useOpenCase } from '../../../../features/cases/useOpenCase';
import { idParam } from '../../../../utils/params';
import { useBureaus } from '../../../../features/clues/useBureaus';
import './index.css';

export default function OpenCasePage() {
  return (
    <StaffGate
      className="open-case-page"
      title="立案"
      allowed={(s) => s.canOpenBureau}
      deniedText="立案仅供市场监管部门工作人员办理。"
    >
      {() => <OpenCase />}
    </StaffGate>
  );
}

function OpenCase() {
  const { params } = useRouter();
  const clueId = idParam(params.clueId);
  const o = useOpenCase(clueId);
  const bureaus = useBureaus().data;
  const rule = bureaus?.references.notifyProducer;
  const days = bureaus?.workingDays.notifyProducer;
  if (o.loading) return <EmptyState glyph="…" title="正在读取线索" />;

  const submit = async () => {
    const c = await o.submit();
    if (!c) return;
    await Taro.redirectTo({ url: url(subpage('bureau', 'case'), { id: c.id }) });
    setTimeout(() => void Taro.showToast({ title: '已立案', icon: 'success' }), 300);
  };

  return (
    <View className="open-case">
      <View className="notice notice--info">
        <Text>
          {clueId && o.clueNo
            ? `根据线索 ${o.clueNo} 立案，已带入线索中的产品和生产者信息，请核对补全。`
            : `立案后，应在发现之日起${days ? ` ${days} 个工作日内` : '按期'}通知生产者开展调查分析${rule ? `（${rule}）` : ''}，或直接启动缺陷调查。`}
        </Text>
      </View>
      {o.clueError ? (
        <View className="notice">
          <Text>未能读取线索（{o.clueError}），请手工填写。</Text>
        </View>
      ) : null}
      <DocForm form={o.form} formKey={OPEN_CASE_FORM} />
      <SubmitBar
        label="立案"
        busy={o.submitting}
        onSubmit={() => void submit()}
        error={o.form.formError}
        errorCount={o.form.errorCount}
      />
    </View>
  );
}
