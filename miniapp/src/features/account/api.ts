import { CONSUMER_API } from '@recall/shared';
import { type TProducerBindRequest, type TProducerRegisterRequest } from '@recall/shared/staff';
import { call } from '../../services/client';

/** Accounts: who is signed in, producer accounts (routes of CONSUMER_API; invitations are staff routes, in features/cases/api.ts). */

export const fetchMe = () => call(CONSUMER_API.accounts.me);

/** Signed in (e.g. a WeChat consumer) with a bureau's code → a new producer token. */
export const bindProducer = (body: TProducerBindRequest) => call(CONSUMER_API.accounts.bindProducer, { body });

/** No sign-in: code, username, password, display name → a producer token (the web). */
export const registerProducer = (body: TProducerRegisterRequest) =>
  call(CONSUMER_API.accounts.registerProducer, { body });
