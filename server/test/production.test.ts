import { loadEnv } from '../src/core/env';
import { startApp } from './support/app';

const secrets = { JWT_SECRET: 'a-real-secret-of-enough-length', DATA_KEY: Buffer.alloc(32, 7).toString('base64') };

describe('production refuses what development allows', () => {
  test('default secrets stop the server from starting', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow('生产环境拒绝使用默认密钥：请设置 JWT_SECRET、DATA_KEY');
    expect(() => loadEnv({ NODE_ENV: 'production', ...secrets })).not.toThrow();
  });

  test('a malformed DB_URL or data key is refused with the variable named', () => {
    expect(() => loadEnv({ DB_URL: 'postgres://x' })).toThrow('DB_URL');
    expect(() => loadEnv({ DATA_KEY: 'c2hvcnQ=' })).toThrow('DATA_KEY');
  });

  test('the development browser login answers 403 in production', async () => {
    const t = await startApp({ NODE_ENV: 'production', ...secrets });
    try {
      const res = await t.http().post('/api/auth/dev').send({});
      expect(res.status).toBe(403);
      expect(res.body.error).toEqual({
        code: 'DEV_LOGIN_DISABLED',
        message: '生产环境不支持体验登录，请在微信小程序中使用',
      });
    } finally {
      await t.close();
    }
  });
});
