import { useRouter } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { PageShell } from '../../components/PageShell';
import { useStaffLogin } from '../../features/account/useStaffLogin';
import './index.css';

const REASONS: Record<string, string> = {
  expired: '登录已过期，请重新登录。',
  staff: '网页版仅供工作人员使用，请使用工作人员账号登录。',
};

export default function LoginPage() {
  const { params } = useRouter();
  const form = useStaffLogin();
  const reason = params.reason ? REASONS[params.reason] : undefined;

  return (
    <PageShell className="login">
      <View className="login-head">
        <Text className="login-head__title">工作人员登录</Text>
        <Text className="login-head__desc">供市场监管部门和生产者客服人员使用。消费者无需注册，可直接查询和报告。</Text>
      </View>

      {reason ? <View className="notice login-reason">{reason}</View> : null}

      <View className="card login-form">
        <Text className="login-label">用户名</Text>
        <View className={`login-field login-username ${form.errors.username ? 'login-field--error' : ''}`}>
          <Input
            className="login-input"
            value={form.username}
            maxlength={64}
            placeholder="请输入用户名"
            placeholderClass="login-placeholder"
            onInput={(e) => form.setUsername(e.detail.value)}
          />
        </View>
        {form.errors.username ? <Text className="login-error">{form.errors.username}</Text> : null}

        <Text className="login-label">密码</Text>
        <View className={`login-field login-password ${form.errors.password ? 'login-field--error' : ''}`}>
          <Input
            className="login-input"
            value={form.password}
            password
            maxlength={128}
            placeholder="请输入密码"
            placeholderClass="login-placeholder"
            confirmType="done"
            onInput={(e) => form.setPassword(e.detail.value)}
            onConfirm={form.submit}
          />
        </View>
        {form.errors.password ? <Text className="login-error">{form.errors.password}</Text> : null}

        {form.errors.form ? (
          <View className="login-form-error">
            <Text>{form.errors.form}</Text>
          </View>
        ) : null}

        <Button
          className={`btn btn--primary login-submit ${form.submitting ? 'btn--busy' : ''}`}
          disabled={form.submitting || undefined}
          onClick={form.submit}
        >
          {form.submitting ? '正在登录…' : '登录'}
        </Button>
      </View>

      <Text className="login-foot">账号由系统管理员开通。忘记密码请联系本单位管理员重置。</Text>
    </PageShell>
  );
}
