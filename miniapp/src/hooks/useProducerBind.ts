import { useState } from 'react';
import Taro from '@tarojs/taro';
import { ZProducerBindRequest, ZProducerRegisterRequest, type TLoginResponse } from '@recall/shared';
import { subpage, url } from '../constants/routes';
import { ApiError, errorMessage } from '../services/errors';
import { bindProducer, registerProducer } from '../services/participationApi';
import { loadSession, signOut } from '../services/session';
import { tokenStore } from '../services/storage';
import { isWeapp } from '../utils/env';

export interface BindForm {
  code: string;
  username: string;
  password: string;
  displayName: string;
}
export type BindField = keyof BindForm;
type BindErrors = Partial<Record<BindField | 'form', string>>;

/**
 * How the invitation code is used:
 * - 'bind': the signed-in consumer (WeChat, or the browser's trial login) becomes the producer's
 *   customer service — POST /api/producer/bind; in the browser, filling in a username instead
 *   registers a separate password account;
 * - 'register': nobody is signed in in the browser — POST /api/producer/register with a username,
 *   password and name (signs in with a password afterwards);
 * - 'staff': a staff account is signed in; the code opens a new account, so sign out first.
 */
export type BindMode = 'bind' | 'register' | 'staff';

/** The invitation form; on success the new token is the session and the producer workspace opens. */
export function useProducerBind(mode: BindMode) {
  const [form, setForm] = useState<BindForm>({ code: '', username: '', password: '', displayName: '' });
  const [errors, setErrors] = useState<BindErrors>({});
  const [submitting, setSubmitting] = useState(false);

  const set = (k: BindField, v: string) => {
    setForm((f) => ({ ...f, [k]: k === 'code' ? v.toUpperCase() : v }));
    if (errors[k] || errors.form) setErrors({ ...errors, [k]: undefined, form: undefined });
  };

  /** In the browser a username turns a bind into a registration of its own password account. */
  const registering = mode === 'register' || (mode === 'bind' && !isWeapp() && form.username.trim() !== '');

  const collect = (issues: Array<{ path: string; message: string }>): BindErrors => {
    const found: BindErrors = {};
    for (const i of issues) {
      const k = (i.path.split('.')[0] || 'form') as BindField | 'form';
      const key = k in form ? k : 'form';
      if (!found[key]) found[key] = i.message;
    }
    return found;
  };

  const submit = async () => {
    if (submitting || mode === 'staff') return;
    const checked = registering ? ZProducerRegisterRequest.safeParse(form) : ZProducerBindRequest.safeParse(form);
    if (!checked.success) {
      setErrors(collect(checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))));
      return;
    }
    setSubmitting(true);
    setErrors({});
    try {
      let res: TLoginResponse;
      if (registering) {
        res = await registerProducer(ZProducerRegisterRequest.parse(form));
        tokenStore.save(res.token, 'password');
      } else {
        res = await bindProducer(ZProducerBindRequest.parse(form));
        // The same way in as before (WeChat or the trial login), now with the producer role.
        tokenStore.save(res.token, tokenStore.getKind() ?? (isWeapp() ? 'wechat' : 'dev'));
      }
      await loadSession();
      void Taro.showToast({ title: '已开通生产者账号', icon: 'success' });
      void Taro.redirectTo({ url: url(subpage('producer', 'inbox')) });
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0) {
        const found = collect(err.issues);
        setErrors(Object.keys(found).some((k) => k !== 'form') ? found : { form: err.message });
      } else {
        setErrors({ form: errorMessage(err) });
      }
    } finally {
      setSubmitting(false);
    }
  };

  /** Signs the staff account out and stays here, so the code can open a new account. */
  const signOutHere = () => {
    signOut();
    setErrors({});
  };

  return { form, errors, submitting, registering, set, submit, signOutHere };
}
