import {
  API,
  type TInvitationCreateRequest,
  type TProducerBindRequest,
  type TProducerRegisterRequest,
} from '@recall/shared';
import { call } from '../../services/client';

/** Accounts: who is signed in, producer accounts and their invitations (routes of @recall/shared). */

export const fetchMe = () => call(API.accounts.me);

/** Signed in (e.g. a WeChat consumer) with a bureau's code → a new producer token. */
export const bindProducer = (body: TProducerBindRequest) => call(API.accounts.bindProducer, { body });

/** No sign-in: code, username, password, display name → a producer token (the web). */
export const registerProducer = (body: TProducerRegisterRequest) => call(API.accounts.registerProducer, { body });

/** An 8-character code a producer binds with (bureau / province). */
export const createInvitation = (body: TInvitationCreateRequest) => call(API.accounts.invite, { body });
