import http from 'http';
import type { AddressInfo } from 'net';

/**
 * A local fake of the WeChat server APIs. Tests script its answers: an errcode, an HTTP status,
 * a delay, or a connection dropped without an answer. Every call is recorded when it arrives (it
 * counts as done by WeChat whatever the client then hears), so tests can assert what the server sent.
 */
export type FakeReply = {
  status?: number;
  body?: Record<string, unknown>;
  /** Accept the request, then answer only after this long (the client may have given up). */
  delayMs?: number;
  /** Accept the request, then drop the connection without answering. */
  hangUp?: boolean;
};
export interface FakeCall {
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export const SUBSCRIBE_SEND = '/cgi-bin/message/subscribe/send';

export class FakeWechat {
  calls: FakeCall[] = [];
  /** Replies queued per path; when empty, the default handler answers. */
  queued: Record<string, FakeReply[]> = {};
  private server = http.createServer((req, res) => this.handle(req, res));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  reply(path: string, ...replies: FakeReply[]): void {
    (this.queued[path] ??= []).push(...replies);
  }

  /** Subscribe messages received (whatever was answered), optionally only to one openid. */
  sends(touser?: string): FakeCall[] {
    return this.calls.filter(
      (c) => c.path === SUBSCRIBE_SEND && (!touser || (c.body as { touser?: string })?.touser === touser),
    );
  }

  private tokens = 0;
  private traces = 0;

  private defaultReply(path: string, query: Record<string, string>, body: unknown): FakeReply {
    if (path === '/sns/jscode2session') {
      // A code maps to a stable openid, like WeChat: the same person signs in twice.
      return { body: { openid: `openid-${query.js_code}`, session_key: `sk-${query.js_code}` } };
    }
    if (path === '/cgi-bin/stable_token') return { body: { access_token: `token-${++this.tokens}`, expires_in: 7200 } };
    if (path === '/wxa/msg_sec_check') {
      const content = String((body as { content?: string })?.content ?? '');
      const suggest = content.includes('违规') ? 'risky' : content.includes('待审') ? 'review' : 'pass';
      return { body: { errcode: 0, errmsg: 'ok', result: { suggest, label: suggest === 'pass' ? 100 : 20001 } } };
    }
    if (path === '/wxa/media_check_async')
      return { body: { errcode: 0, errmsg: 'ok', trace_id: `trace-${++this.traces}` } };
    if (path === SUBSCRIBE_SEND) return { body: { errcode: 0, errmsg: 'ok' } };
    return { status: 404, body: { errcode: 404, errmsg: 'not faked' } };
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake');
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const query = Object.fromEntries(url.searchParams);
      const body = raw ? JSON.parse(raw) : undefined;
      this.calls.push({ path: url.pathname, query, body });
      const r = this.queued[url.pathname]?.shift() ?? this.defaultReply(url.pathname, query, body);
      if (r.hangUp) {
        req.socket.destroy();
        return;
      }
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(r.status ?? 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(r.body ?? {}));
      }, r.delayMs ?? 0);
    });
  }
}
