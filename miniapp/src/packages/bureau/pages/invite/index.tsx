import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { DocForm } from '../../../../features/cases/components/DocForm';
import { SubmitBar } from '../../../../features/cases/components/SubmitBar';
import { InfoRow } from '../../../../components/InfoRow';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { INVITE_FORM, useInvite } from '../../../../features/cases/useOpenCase';
import { formatShanghaiTime } from '../../../../utils/format';
import './index.css';

export default function InvitePage() {
  return (
    <StaffGate
      className="invite-page"
      title="生产者邀请码"
      allowed={(s) => s.canOpenBureau}
      deniedText="邀请码仅由市场监管部门工作人员发放。"
    >
      {() => <Invite />}
    </StaffGate>
  );
}

function Invite() {
  const inv = useInvite();
  const r = inv.result;
  if (r) {
    const copy = () => void Taro.setClipboardData({ data: r.code }).catch(() => undefined);
    return (
      <View className="invite">
        <View className="card invite-result">
          <Text className="invite-result__label">邀请码</Text>
          <Text className="invite-code" userSelect>
            {r.code}
          </Text>
          <Button className="btn btn--primary btn--small invite-copy" onClick={copy}>
            复制邀请码
          </Button>
          <Text className="invite-result__expiry">有效期至 {formatShanghaiTime(r.expiresAt)}</Text>
        </View>
        <View className="card">
          <InfoRow label="生产者" value={r.producerName} />
          <InfoRow label="信用代码" value={r.producerUscc} />
        </View>
        <View className="notice notice--info">
          <Text>
            请将邀请码交给该企业的召回负责人或客服人员：在微信中打开本小程序，在“我的”里点“绑定生产者账号（邀请码）”输入邀请码即可绑定；在电脑浏览器中可用邀请码注册账号。绑定后可接收通知书、确认送达并报告召回计划。
          </Text>
        </View>
        <View className="invite-again">
          <Button className="btn btn--plain" onClick={inv.again}>
            为其他生产者生成
          </Button>
        </View>
      </View>
    );
  }
  return (
    <View className="invite">
      <View className="notice notice--info">
        <Text>为生产者生成一次性邀请码。生产者凭邀请码绑定后，即可在小程序中接收本局的通知书并办理召回事项。</Text>
      </View>
      <DocForm form={inv.form} formKey={INVITE_FORM} />
      <SubmitBar
        label="生成邀请码"
        busy={inv.submitting}
        onSubmit={() => void inv.submit()}
        error={inv.form.formError}
        errorCount={inv.form.errorCount}
      />
    </View>
  );
}
