import type { Application } from '@midwayjs/koa';
import type { TCreateUserInput } from '@recall/shared';
import { UserService } from '../../src/accounts/user.service';
import type { TestApp } from './app';

/** Creates a staff account through the same service the admin CLI uses, and signs it in. */
export async function staff(t: TestApp, input: TCreateUserInput & { producerName?: string }) {
  const users = await (t.app as Application).getApplicationContext().getAsync(UserService);
  await users.createStaff(input);
  const res = await t.http().post('/api/auth/password').send({ username: input.username, password: input.password });
  if (res.status !== 200) throw new Error(`login failed: ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
