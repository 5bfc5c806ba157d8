import { phonePhoto } from './support/images';
import { startApp, TestApp } from './support/app';

/** Every answer says how it may be used: no sniffing, no framing, only the page's own scripts. */
let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

test.each(['/api/health', '/api/recalls?q=电暖器', '/api/nowhere', '/'])(
  '%s carries the security headers',
  async (url) => {
    const res = await t.http().get(encodeURI(url));
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
  },
);

test('photos served from storage carry the security headers too', async () => {
  const token = (await t.http().post('/api/auth/dev').send({ deviceId: 'headers-photo' })).body.token;
  const up = await t
    .http()
    .post('/api/uploads')
    .set('Authorization', `Bearer ${token}`)
    .attach('file', await phonePhoto(), 'photo.jpg');
  expect(up.status).toBe(201);
  const res = await t.http().get(up.body.url);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('image/jpeg');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
});
