import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { EmptyState } from '../../../../components/EmptyState';
import { FormActions } from '../../../../components/FormActions';
import { PageShell } from '../../../../components/PageShell';
import { PRODUCER_INBOX, url } from '../../../../constants/routes';
import { useProducerBind, type BindField, type BindMode } from '../../../../features/account/useProducerBind';
import { useSession } from '../../../../features/account/useSession';
import { isWeapp } from '../../../../utils/env';
import '../../../../components/FormField/index.css';
import './index.css';

/** Each field's words and limits; `bind-field--<field>` and `data-key` mark it for tests and scrolling. */
const FIELDS: Record<BindField, { label: string; hint: string; placeholder: string; max: number; password?: boolean }> =
  {
    code: {
      label: '邀请码',
      hint: '8 位字母或数字，不区分大小写；有效期内只能使用一次。',
      placeholder: '请输入邀请码',
      max: 8,
    },
    username: {
      label: '用户名',
      hint: '3–32 位字母、数字或 _ . -，用于在电脑浏览器登录。',
      placeholder: '例如 haopai-kefu',
      max: 32,
    },
    password: { label: '密码', hint: '至少 8 位。', placeholder: '请设置密码', max: 72, password: true },
    displayName: {
      label: '姓名',
      hint: '监管部门和消费者看到的客服人员姓名。',
      placeholder: '请输入姓名',
      max: 32,
    },
  };
const ACCOUNT_FIELDS: BindField[] = ['username', 'password', 'displayName'];

function BindInput({ field, b }: { field: BindField; b: ReturnType<typeof useProducerBind> }) {
  const { label, hint, placeholder, max, password } = FIELDS[field];
  const error = b.errors[field];
  return (
    <View className={`bind-field bind-field--${field}`} data-key={field}>
      <Text className="bind-field__label">{label}</Text>
      <View className={`bind-field__box ${error ? 'bind-field__box--error' : ''}`}>
        <Input
          className={`bind-field__input ${field === 'code' ? 'bind-field__input--code' : ''}`}
          value={b.form[field]}
          password={password}
          maxlength={max}
          placeholder={placeholder}
          placeholderClass="bind-placeholder"
          onInput={(e) => b.set(field, e.detail.value)}
        />
      </View>
      {error ? <Text className="field__error">{error}</Text> : null}
      <Text className="field__hint">{hint}</Text>
    </View>
  );
}

export default function ProducerBindPage() {
  const session = useSession();
  const me = session.me;
  const mode: BindMode = me ? (me.role === 'consumer' ? 'bind' : 'staff') : isWeapp() ? 'bind' : 'register';
  const b = useProducerBind(mode);
  const goInbox = () => void Taro.redirectTo({ url: url(PRODUCER_INBOX) });

  if (session.loading && !me) {
    return (
      <PageShell className="bind">
        <EmptyState glyph="…" title="正在确认登录状态" />
      </PageShell>
    );
  }

  const accountFields = ACCOUNT_FIELDS.map((f) => <BindInput key={f} field={f} b={b} />);

  return (
    <PageShell className="bind">
      <View className="bind-head">
        <Text className="bind-head__title">开通生产者账号</Text>
        <Text className="bind-head__desc">
          生产者客服人员凭市场监管局发放的 8
          位邀请码开通账号，开通后可以查看监管部门的通知、办理召回，并受理消费者的召回申请。
        </Text>
      </View>

      {mode === 'staff' && me ? (
        <View className="card">
          <EmptyState
            glyph="工"
            title={`已登录${me.roleLabel}账号`}
            description={`当前账号：${me.displayName}${me.org ? `（${me.org.name}）` : ''}。邀请码用于开通新的生产者账号，请先退出登录。`}
          >
            {session.canOpenProducer ? (
              <Button className="btn btn--primary btn--small" onClick={goInbox}>
                进入生产者工作台
              </Button>
            ) : null}
            <Button className="btn btn--plain btn--small bind-logout" onClick={b.signOutHere}>
              退出登录
            </Button>
          </EmptyState>
        </View>
      ) : (
        <>
          <View className="card bind-form">
            <BindInput field="code" b={b} />
            {mode === 'register' ? accountFields : null}
          </View>

          {mode === 'bind' && isWeapp() ? (
            <View className="notice notice--info">
              <Text>开通后，你的微信将作为生产者客服账号登录，不再以消费者身份使用本小程序。</Text>
            </View>
          ) : null}

          {mode === 'bind' && !isWeapp() ? (
            <>
              <Text className="section-title">
                网页登录账号<Text className="section-title__hint">选填</Text>
              </Text>
              <View className="notice notice--info">
                <Text>
                  不填写时，邀请码绑定到当前的体验账号；填写后将开通一个用用户名和密码登录的独立账号，便于在电脑上办理。
                </Text>
              </View>
              <View className="card bind-form">{accountFields}</View>
            </>
          ) : null}

          <FormActions
            className="bind-actions"
            errorClass="bind-form-error"
            buttonClass="bind-submit"
            label={b.registering ? '注册并开通' : isWeapp() ? '绑定微信并开通' : '绑定并开通'}
            busyLabel="正在开通…"
            submitting={b.submitting}
            error={b.errors.form}
            hint="没有邀请码？请联系负责本企业的市场监管局。"
            onSubmit={() => void b.submit()}
          />
        </>
      )}
    </PageShell>
  );
}
