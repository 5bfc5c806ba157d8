import { startApp } from './support/app';

/** The browser login without WeChat (体验登录) is off unless switched on, also outside production. */
test('outside production too, the browser login without WeChat is off unless switched on', async () => {
  const off = await startApp({ DEV_LOGIN: 'off' });
  try {
    const res = await off.http().post('/api/auth/dev').send({});
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('体验登录未开启，请在微信小程序中使用');
  } finally {
    await off.close();
  }
});
