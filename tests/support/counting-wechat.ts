import http from 'http';
import type { AddressInfo } from 'net';

/**
 * A fake WeChat for built server processes: code2session (openid-<code>), stable_token, and
 * subscribe sends answered after `sendDelayMs` and counted per openid, so a test can show that no
 * message reached WeChat twice.
 */
export function countingWechat(token: string, sendDelayMs: number) {
  const received = new Map<string, number>();
  const srv = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      let body: Record<string, unknown> = { errcode: 404 };
      let delay = 0;
      if (url.pathname === '/sns/jscode2session') {
        const code = url.searchParams.get('js_code');
        body = { openid: `openid-${code}`, session_key: `sk-${code}` };
      } else if (url.pathname === '/cgi-bin/stable_token') body = { access_token: token, expires_in: 7200 };
      else if (url.pathname === '/cgi-bin/message/subscribe/send') {
        const to = JSON.parse(raw).touser as string;
        received.set(to, (received.get(to) ?? 0) + 1);
        body = { errcode: 0, errmsg: 'ok' };
        delay = sendDelayMs;
      }
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      }, delay);
    });
  });
  return new Promise<{ url: string; received: Map<string, number>; stop: () => void }>((resolve) =>
    srv.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`,
        received,
        stop: () => srv.close(),
      }),
    ),
  );
}

/** Sends that reached the fake, in all. */
export const totalReceived = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
