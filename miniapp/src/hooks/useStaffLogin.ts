import { useState } from 'react';
import Taro from '@tarojs/taro';
import { PAGES, url } from '../constants/routes';
import { ApiError, errorMessage } from '../services/errors';
import { signInWithPassword } from '../services/session';

export interface LoginErrors {
  username?: string;
  password?: string;
  form?: string;
}

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

/** State and submit for the staff sign-in form; on success goes to 我的. */
export function useStaffLogin() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<LoginErrors>({});
  const [submitting, setSubmitting] = useState(false);

  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    setErrors({});
    try {
      const me = await signInWithPassword({ username, password });
      void Taro.showToast({ title: me ? `欢迎，${me.displayName}` : '登录成功', icon: 'none' });
      setPassword('');
      goToMe();
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0) {
        const u = err.issueFor('username');
        const p = err.issueFor('password');
        setErrors({ username: u, password: p, form: u || p ? undefined : err.message });
      } else {
        setErrors({ form: errorMessage(err) });
      }
    } finally {
      setSubmitting(false);
    }
  };

  return {
    username,
    password,
    errors,
    submitting,
    setUsername: (v: string) => {
      setUsername(v);
      if (errors.username || errors.form) setErrors({ ...errors, username: undefined, form: undefined });
    },
    setPassword: (v: string) => {
      setPassword(v);
      if (errors.password || errors.form) setErrors({ ...errors, password: undefined, form: undefined });
    },
    submit,
  };
}
