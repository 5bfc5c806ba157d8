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

/** The Suzhou city bureau, the handling bureau of most case tests. */
export const suzhouBureau = (t: TestApp, displayName?: string) =>
  staff(t, {
    role: 'bureau',
    org: '320500',
    username: 'suzhou',
    password: 'suzhou-pass-1',
    ...(displayName ? { displayName } : {}),
  });

/** Customer service of 苏州暖阳电器有限公司 (registered in 320505), the producer of most case tests. */
export const nuanyangProducer = (t: TestApp, uscc: string, displayName?: string) =>
  staff(t, {
    role: 'producer',
    org: uscc,
    username: 'nuanyang',
    password: 'nuanyang-1',
    producerName: '苏州暖阳电器有限公司',
    ...(displayName ? { displayName } : {}),
  });

/** The 吴中区 county bureau (320506, under the Suzhou city bureau). */
export const wuzhongCounty = (t: TestApp, username = 'wuzhong', org = '320506') =>
  staff(t, { role: 'county', org, username, password: 'county-pass-1', displayName: `${username} 科员` });
