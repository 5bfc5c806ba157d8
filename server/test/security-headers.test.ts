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
