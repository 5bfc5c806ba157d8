import Taro from '@tarojs/taro';
import { ZPasswordLoginRequest, type TPasswordLoginRequest } from '@recall/shared';
import { PAGES, url } from '../../constants/routes';
import { signInWithPassword } from './session';
import { useZodForm, type FormErrors } from '../../hooks/useZodForm';

/**
 * After signing in, show 我的: go back when the sign-in page was opened from 我的 (the page stack
 * and the browser history stay clean), otherwise switchTab.
 */
function goToMe(): void {
  const pages = Taro.getCurrentPages();
  const prev = pages[pages.length - 2];
  if (prev && (prev.route ?? '').replace(/^\//, '') === PAGES.me) void Taro.navigateBack();
  else void Taro.switchTab({ url: url(PAGES.me) });
}

const FIELDS = ['username', 'password'] as const;
type LoginField = (typeof FIELDS)[number];
export type LoginErrors = FormErrors<LoginField>;

/** State and submit for the staff sign-in form (ZPasswordLoginRequest); on success goes to 我的. */
export function useStaffLogin() {
  const form = useZodForm<TPasswordLoginRequest, LoginField, TPasswordLoginRequest, void>({
    schema: ZPasswordLoginRequest,
    initial: { username: '', password: '' },
    fields: FIELDS,
    onSubmit: async (body) => {
      const me = await signInWithPassword(body);
      void Taro.showToast({ title: me ? `欢迎，${me.displayName}` : '登录成功', icon: 'none' });
      form.set('password', '');
      goToMe();
    },
  });

  return {
    username: form.values.username,
    password: form.values.password,
    errors: form.errors,
    submitting: form.submitting,
    setUsername: (v: string) => form.set('username', v),
    setPassword: (v: string) => form.set('password', v),
    submit: () => void form.submit(),
  };
}
