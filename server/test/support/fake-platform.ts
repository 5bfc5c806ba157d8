import { createHmac, timingSafeEqual } from 'crypto';
import http from 'http';
import type { AddressInfo } from 'net';

/** How one endpoint of the fake platform answers. */
export type Mode = 'ok' | 'fail' | 'hang' | 'slow';

export interface Received {
  path: string;
  deliveryId: string;
  timestamp: string;
  signature: string;
  body: string;
  /** The signature checked as a platform would: HMAC over timestamp + "." + body, within 5 minutes. */
  verified: boolean;
}

/**
 * An e-commerce platform's webhook receiver: /ok answers 204 after checking the signature with the
 * secret registered for that path; /fail answers 500; /hang never answers (the sender's timeout);
 * /slow answers 200 after `slowMs`.
 */
export class FakePlatform {
  received: Received[] = [];
  secrets = new Map<string, string>();
  slowMs = 200;
  private server?: http.Server;
  private hanging = new Set<http.ServerResponse>();

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => this.answer(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }

  at(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, body: string) {
    const path = req.url ?? '/';
    const timestamp = String(req.headers['x-recall-timestamp'] ?? '');
    const signature = String(req.headers['x-recall-signature'] ?? '');
    const secret = this.secrets.get(path);
    this.received.push({
      path,
      deliveryId: String(req.headers['x-recall-delivery'] ?? ''),
      timestamp,
      signature,
      body,
      verified: !!secret && verify(secret, timestamp, body, signature),
    });
    const mode = path.split('/')[1].replace(/\d+$/, '') as Mode;
    if (mode === 'hang') return void this.hanging.add(res);
    if (mode === 'fail') return void res.writeHead(500).end('boom');
    if (mode === 'slow') return void setTimeout(() => res.writeHead(200).end('ok'), this.slowMs);
    res.writeHead(204).end();
  }
}

/** What the /api/docs page tells platforms to do. */
export function verify(secret: string, timestamp: string, body: string, header: string, now = Date.now()): boolean {
  if (!/^\d+$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > 300) return false;
  const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`);
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
