import type { Server } from 'http';
import type { Duplex } from 'stream';
import type { TErrorBody } from '@recall/shared';

/**
 * Requests Node refuses before they reach Koa (headers over its 16 KB limit, malformed request
 * lines, a client too slow to send its headers) would get Node's bare status line. They get the
 * contract's body instead, in Chinese, with the headers every answer carries.
 */
const REFUSALS: Record<string, [number, string, string, string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'Request Header Fields Too Large',
    'HEADERS_TOO_LARGE',
    '请求头过大（例如 Authorization 或 Cookie 过长）',
  ],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'Payload Too Large', 'PAYLOAD_TOO_LARGE', '请求内容过大'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'REQUEST_TIMEOUT', '请求超时，请重试'],
};
const MALFORMED: [number, string, string, string] = [400, 'Bad Request', 'BAD_REQUEST', '请求格式不正确'];

function refusal(code: string | undefined, headers: Record<string, string>): string {
  const [status, reason, errorCode, message] = (code && REFUSALS[code]) || MALFORMED;
  const body: TErrorBody = { error: { code: errorCode, message } };
  const json = JSON.stringify(body);
  const lines = [
    `HTTP/1.1 ${status} ${reason}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(json)}`,
    'Connection: close',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${json}`;
}

export function answerClientErrors(server: Server, headers: Record<string, string>): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset connection or one with an answer already under way has no one left to read a body.
    const answering = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (err.code === 'ECONNRESET' || !socket.writable || answering) {
      socket.destroy();
      return;
    }
    socket.end(refusal(err.code, headers));
  });
}
