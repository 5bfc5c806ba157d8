import http from 'http';
import type { AddressInfo } from 'net';

/** A local stand-in for an S3-compatible store (path-style PUT/GET object), recording what it holds. */
export class FakeS3 {
  objects = new Map<string, { body: Buffer; type: string }>();
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const key = decodeURIComponent(new URL(req.url ?? '/', 'http://s3').pathname);
      if (req.method === 'PUT') {
        this.objects.set(key, { body: Buffer.concat(chunks), type: String(req.headers['content-type'] ?? '') });
        res.writeHead(200, { ETag: '"etag"' }).end();
      } else if (req.method === 'GET' && this.objects.has(key)) {
        const o = this.objects.get(key)!;
        res.writeHead(200, { 'Content-Type': o.type, 'Content-Length': o.body.length }).end(o.body);
      } else {
        res.writeHead(404, { 'Content-Type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>');
      }
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }
}
