import { randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';
import { z } from 'zod';
import { parseProvinceProfile, ProvinceProfileError, useProvinceProfile } from '@recall/shared';

/**
 * Environment, parsed once at start. Secrets come from here, or are made for this machine
 * (localSecrets); in production they must be set, so a forgotten variable cannot ship.
 */

const ZEnv = z.object({
  NODE_ENV: z.string().default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(7001),
  DATA_DIR: z.string().default('./data'),
  DB_URL: z
    .string()
    .regex(/^mysql:\/\//, { error: 'DB_URL 应为 mysql://user:pass@host:port/db' })
    .optional(),
  PROVINCE: z.string().default('jiangsu'),
  /** Where the province profiles are read at start (<PROVINCE>.json); the repository's config/provinces by default. */
  PROVINCES_DIR: z.string().optional(),
  /** Unset outside production: generated on first start and kept in DATA_DIR (see localSecrets). */
  JWT_SECRET: z.string().min(16, { error: 'JWT_SECRET 至少 16 个字符' }).optional(),
  DATA_KEY: z.string().optional(),
  /** The browser login without WeChat (体验登录), for development and the test suites only. */
  DEV_LOGIN: z.enum(['on', 'off']).default('off'),
  WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
  WECHAT_APPID: z.string().optional(),
  WECHAT_SECRET: z.string().optional(),
  /** Subscribe-message template ids chosen in the console, as JSON {"recall_alert":"…"}; over config/wechat. */
  WECHAT_TEMPLATE_IDS: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (!raw) return {} as Record<string, string>;
      try {
        const parsed: unknown = JSON.parse(raw);
        const ids = z.record(z.string(), z.string().min(1)).parse(parsed);
        return ids;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'WECHAT_TEMPLATE_IDS 应为 JSON 对象，例如 {"recall_alert":"模板ID"}' });
        return z.NEVER;
      }
    }),
  WEB_ROOT: z.string().optional(),
  /** Where photos are kept: local disk under DATA_DIR, or an S3-compatible object store. */
  STORAGE: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default('ap-shanghai'),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
  /** WeChat content security (msg_sec_check, media_check_async) on clue reports. */
  WECHAT_CONTENT_CHECK: z.enum(['on', 'off']).default('off'),
  /** The server's public origin, for media WeChat fetches to check (https://…). */
  PUBLIC_BASE_URL: z.string().url().optional(),
  /** Token of the mini-program's message push (消息推送) configuration, to verify its signatures. */
  WECHAT_PUSH_TOKEN: z.string().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Load the demo recalls (config/demo) into an empty database. */
  DEMO_DATA: z.enum(['on', 'off']).default('on'),
  /** Search result lists cached per process (0 turns the cache off). */
  SEARCH_CACHE_SIZE: z.coerce.number().int().min(0).max(100000).default(2000),
  /**
   * Public recalls kept serialised per process for search pages and unit checks (0: read every
   * page from the database). Separate from the result cache: turning one off leaves the other.
   */
  RECALL_ROW_CACHE_SIZE: z.coerce.number().int().min(0).max(1000000).default(20000),
  /**
   * Redis shared by every server process: login and invitation-code failure counts, the clue rate
   * limit, the WeChat access token. Unset: kept in this process's memory (one process only).
   */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, { error: 'REDIS_URL 应为 redis://[:password@]host:port[/db]' })
    .optional(),
  /** Prefix of every Redis key this deployment writes (several deployments may share one Redis). */
  REDIS_PREFIX: z.string().min(1).max(64).default('recall:'),
  /**
   * Reverse proxies in front of the server (0: none). With 1 or more the client address is read from
   * X-Forwarded-For, trusting that many hops; without a proxy the header is ignored (it could be forged).
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Clue reports one consumer may submit per hour. */
  CLUE_RATE_PER_HOUR: z.coerce.number().int().min(1).max(10000).default(10),
  /** Search suggestions one address may ask for per minute (typing asks about twice a second; offices share an address). */
  SUGGEST_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(300),
  /** The notification loop (outbox dispatch, fan-out, deadline reminders); off by default in tests. */
  NOTIFY_DISPATCH: z.enum(['on', 'off']).optional(),
  /** Pause of the notification loop when it has nothing to do. */
  NOTIFY_INTERVAL_MS: z.coerce.number().int().min(10).max(3600000).default(1000),
  /** Outbox rows one dispatcher claims at a time, and how many of them it sends at once. */
  NOTIFY_BATCH: z.coerce.number().int().min(1).max(1000).default(100),
  NOTIFY_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(10),
  /** How long a claim holds a row before another dispatcher may take it back. */
  NOTIFY_LEASE_MS: z.coerce.number().int().min(100).max(3600000).default(60000),
  /** How long a new message waits for the user's subscribe grant before it is skipped (in-app only). */
  NOTIFY_GRANT_WAIT_MS: z.coerce.number().int().min(0).max(86400000).optional(),
  /** Send attempts (timeouts, 5xx, -1) before a message is dead-lettered. */
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** Platform webhooks (电商平台): one request's time limit, requests at once (all, and to one platform), attempts before the platform must pull. */
  PLATFORM_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(10000),
  PLATFORM_WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(64),
  PLATFORM_WEBHOOK_PER_PLATFORM: z.coerce.number().int().min(1).max(100).default(4),
  PLATFORM_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(10),
  /** Which version of the mini-program a subscribe message opens: formal | trial | developer. */
  WECHAT_MINIPROGRAM_STATE: z.enum(['formal', 'trial', 'developer']).default('formal'),
});
export type Env = Omit<z.infer<typeof ZEnv>, 'NOTIFY_DISPATCH' | 'NOTIFY_GRANT_WAIT_MS' | 'JWT_SECRET' | 'DATA_KEY'> & {
  JWT_SECRET: string;
  DATA_KEY: string;
  isProduction: boolean;
  dbKind: 'mysql' | 'sqlite';
  webRoot: string;
  /** Where the public reaches this server (links in the Atom feed and the API docs); never read from the request's Host header. */
  publicBaseUrl: string;
  NOTIFY_DISPATCH: 'on' | 'off';
  NOTIFY_GRANT_WAIT_MS: number;
};

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`环境变量无效：\n${lines.join('\n')}`);
  }
  const isProduction = parsed.data.NODE_ENV === 'production';
  const missing = (['JWT_SECRET', 'DATA_KEY'] as const).filter((k) => !parsed.data[k]);
  if (isProduction && missing.length) throw new Error(`生产环境拒绝使用默认密钥：请设置 ${missing.join('、')}`);
  const secrets = missing.length
    ? localSecrets(parsed.data.DATA_DIR, parsed.data, parsed.data.NODE_ENV !== 'unittest')
    : parsed.data;
  const env = { ...parsed.data, JWT_SECRET: secrets.JWT_SECRET!, DATA_KEY: secrets.DATA_KEY! };
  if (Buffer.from(env.DATA_KEY, 'base64').length !== 32) throw new Error('DATA_KEY 应为 32 字节密钥的 base64 编码');
  loadProvince(env.PROVINCES_DIR ?? PROVINCES_DIR, env.PROVINCE);
  if (env.STORAGE === 's3' && !(env.S3_BUCKET && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY)) {
    throw new Error('STORAGE=s3 需要设置 S3_BUCKET、S3_ACCESS_KEY_ID、S3_SECRET_ACCESS_KEY');
  }
  return {
    ...env,
    isProduction,
    dbKind: env.DB_URL ? 'mysql' : 'sqlite',
    webRoot: env.WEB_ROOT ?? path.resolve(__dirname, '../../../miniapp/dist/h5'),
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    // Tests drive the dispatcher themselves (runOnce); every other environment runs the loop.
    NOTIFY_DISPATCH: env.NOTIFY_DISPATCH ?? (env.NODE_ENV === 'unittest' ? 'off' : 'on'),
    // Tests decide grants before the event unless they ask for the wait.
    NOTIFY_GRANT_WAIT_MS: env.NOTIFY_GRANT_WAIT_MS ?? (env.NODE_ENV === 'unittest' ? 0 : 120_000),
  };
}

export const PROVINCES_DIR = path.resolve(__dirname, '../../../config/provinces');

/**
 * The deployment's province profile, read and checked before anything starts: a profile with a
 * field missing or a division of work the product cannot carry out stops the start, naming the
 * file and the field (shared/src/domain/province.ts says what each field means).
 */
function loadProvince(dir: string, id: string): void {
  const file = path.resolve(dir, `${id}.json`);
  if (!/^[a-z]+$/.test(id)) throw new ProvinceProfileError(`PROVINCE 应为省份配置的文件名（小写字母），实为 ${id}`);
  if (!fs.existsSync(file)) {
    const have = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
    throw new ProvinceProfileError(`未找到省份配置 ${file}（PROVINCE=${id}；${dir} 中有：${have.join('、') || '无'}）`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ProvinceProfileError(`省份配置 ${file} 不是有效的 JSON：${(e as Error).message}`);
  }
  useProvinceProfile(parseProvinceProfile(raw, file, id));
}

/**
 * Secrets for a machine that set none (development, `npm start`): made once at random, kept in
 * DATA_DIR/secrets.json readable by the owner only, and reused by the server and the admin CLI.
 * No public secret ever signs a token. Production must set its own (refused above).
 */
function localSecrets(dataDir: string, given: { JWT_SECRET?: string; DATA_KEY?: string }, announce: boolean) {
  const file = path.resolve(dataDir, 'secrets.json');
  const made = { JWT_SECRET: randomBytes(48).toString('base64url'), DATA_KEY: randomBytes(32).toString('base64') };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, JSON.stringify(made), { flag: 'wx', mode: 0o600 });
    if (announce)
      console.log(
        `已生成登录凭证签名密钥和数据加密密钥，保存在 ${file}（仅本机账户可读）；生产环境请用 JWT_SECRET、DATA_KEY 设置`,
      );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof made;
  return { JWT_SECRET: given.JWT_SECRET ?? kept.JWT_SECRET, DATA_KEY: given.DATA_KEY ?? kept.DATA_KEY };
}
