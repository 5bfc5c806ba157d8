import Taro from '@tarojs/taro';
import {
  ZProducerBindRequest,
  ZProducerRegisterRequest,
  type TProducerBindRequest,
  type TProducerRegisterRequest,
} from '@recall/shared/staff';
import { subpage, url } from '../../constants/routes';
import { bindProducer, registerProducer } from './api';
import { loadSession, signOut } from './session';
import { tokenStore } from '../../services/storage';
import { isWeapp } from '../../utils/env';
import { useZodForm } from '../../hooks/useZodForm';

export interface BindForm {
  code: string;
  username: string;
  password: string;
  displayName: string;
}
export type BindField = keyof BindForm;

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

const FIELDS: readonly BindField[] = ['code', 'username', 'password', 'displayName'];
type BindBody = TProducerBindRequest | TProducerRegisterRequest;

/** The invitation form; on success the new token is the session and the producer workspace opens. */
export function useProducerBind(mode: BindMode) {
  /** In the browser a username turns a bind into a registration of its own password account. */
  const registers = (f: BindForm) => mode === 'register' || (mode === 'bind' && !isWeapp() && f.username.trim() !== '');

  const form = useZodForm<BindForm, BindField, BindBody, void>({
    schema: (f) => (registers(f) ? ZProducerRegisterRequest : ZProducerBindRequest),
    initial: { code: '', username: '', password: '', displayName: '' },
    fields: FIELDS,
    onSubmit: async (body, f) => {
      if (registers(f)) {
        const res = await registerProducer(body as TProducerRegisterRequest);
        tokenStore.save(res.token, 'password');
      } else {
        const res = await bindProducer(body);
        // The same way in as before (WeChat or the trial login), now with the producer role.
        tokenStore.save(res.token, tokenStore.getKind() ?? (isWeapp() ? 'wechat' : 'dev'));
      }
      await loadSession();
      void Taro.showToast({ title: '已开通生产者账号', icon: 'success' });
      void Taro.redirectTo({ url: url(subpage('producer', 'inbox')) });
    },
  });

  const set = (k: BindField, v: string) => form.set(k, k === 'code' ? v.toUpperCase() : v);

  const submit = async () => {
    if (mode !== 'staff') await form.submit();
  };

  /** Signs the staff account out and stays here, so the code can open a new account. */
  const signOutHere = () => {
    signOut();
    form.setErrors({});
  };

  return {
    form: form.values,
    errors: form.errors,
    submitting: form.submitting,
    registering: registers(form.values),
    set,
    submit,
    signOutHere,
  };
}
