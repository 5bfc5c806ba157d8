import { Button, Text, View } from '@tarojs/components';
import { isWeapp } from '../../../../utils/env';
import './index.css';

interface Props {
  title: string;
  description: string;
  busy?: boolean;
  /** Show the consumer sign-in button (hidden where only staff may sign in). */
  consumer?: boolean;
  onSignIn: () => void;
  onStaffLogin: () => void;
}

/** Shown on pages that need a signed-in person. Consumers sign in with WeChat; staff with a password. */
export function SignInPrompt({ title, description, busy, consumer = true, onSignIn, onStaffLogin }: Props) {
  return (
    <View className="card signin">
      <Text className="signin__title">{title}</Text>
      <Text className="signin__desc">{description}</Text>
      {consumer ? (
        <>
          <Button
            className={`btn btn--primary signin__btn ${busy ? 'btn--busy' : ''}`}
            disabled={busy || undefined}
            onClick={onSignIn}
          >
            {busy ? '正在登录…' : isWeapp() ? '微信一键登录' : '体验登录'}
          </Button>
          <View className="signin__staff" onClick={onStaffLogin}>
            <Text className="link">工作人员登录</Text>
          </View>
        </>
      ) : (
        <Button className="btn btn--primary signin__btn" onClick={onStaffLogin}>
          工作人员登录
        </Button>
      )}
    </View>
  );
}
