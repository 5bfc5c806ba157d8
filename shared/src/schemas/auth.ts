import { z } from 'zod';
import { ZRole } from '../enums';
import { zOptionalText, zVisibleText } from './fields';
import { lazySchema } from './lazy';

export const ZWechatLoginRequest = lazySchema(() =>
  z.object({
    code: z.string({ error: '缺少微信登录凭证 code' }).trim().min(1, { error: '缺少微信登录凭证 code' }).max(128),
  }),
);
export type TWechatLoginRequest = z.infer<typeof ZWechatLoginRequest>;

export const ZPasswordLoginRequest = lazySchema(() =>
  z.object({
    username: z.string({ error: '请填写用户名' }).trim().min(1, { error: '请填写用户名' }).max(64),
    password: z.string({ error: '请填写密码' }).min(1, { error: '请填写密码' }).max(128),
  }),
);
export type TPasswordLoginRequest = z.infer<typeof ZPasswordLoginRequest>;

/** Development-only consumer login for the browser build; refused in production. */
export const ZDevLoginRequest = lazySchema(() =>
  z.object({
    name: zVisibleText('昵称', 1, 32).default('体验用户'),
    /** A random id the browser keeps, so the same browser is the same consumer. */
    deviceId: z
      .string()
      .regex(/^[\w-]{8,64}$/, { error: '设备标识格式不正确' })
      .optional(),
  }),
);
export type TDevLoginRequest = z.infer<typeof ZDevLoginRequest>;

export const ZAuthUser = lazySchema(() => z.object({ id: z.number().int(), role: ZRole }));
export const ZLoginResponse = lazySchema(() => z.object({ token: z.string(), user: ZAuthUser }));
export type TLoginResponse = z.infer<typeof ZLoginResponse>;

/** Who is signed in (GET /api/me): shown on 我的. */
export const ZMeResponse = lazySchema(() =>
  z.object({
    id: z.number().int(),
    role: ZRole,
    roleLabel: z.string(),
    displayName: z.string(),
    org: z.object({ code: z.string(), name: z.string() }).nullable(),
    /** Bureau and province staff: whether they may open cases (立案) in this province (its profile's duties). */
    mayOpenCase: z.boolean().optional(),
  }),
);
export type TMeResponse = z.infer<typeof ZMeResponse>;

export const ZCreateUserInput = lazySchema(() =>
  z.object({
    role: z.enum(['bureau', 'province', 'producer', 'admin', 'technical', 'county', 'platform'], {
      error: '角色应为 bureau、province、producer、admin、technical、county 或 platform',
    }),
    org: z.string().trim().max(32).optional(),
    username: z
      .string({ error: '请填写用户名' })
      .trim()
      .regex(/^[A-Za-z0-9_.-]{3,64}$/, { error: '用户名应为 3–64 位字母、数字、下划线、点或短横线' }),
    password: z.string({ error: '请填写密码' }).min(8, { error: '密码至少 8 位' }).max(128),
    displayName: zOptionalText('姓名', 64),
  }),
);
export type TCreateUserInput = z.infer<typeof ZCreateUserInput>;
