import { createHash } from 'crypto';
import fs from 'fs';
import path from 'path';

/**
 * Headers every answer carries: no MIME sniffing (photos and JSON included), no framing, no
 * referrer beyond the origin, and a Content-Security-Policy that lets the h5 page run only its own
 * scripts — the inline scripts of index.html (Taro's rem sizing, the page's chunk preloads) allowed by their hashes.
 */
export function securityHeaders(webRoot: string): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(path.join(webRoot, 'index.html')).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // The h5 upload reads a picked photo back from its blob: URL before sending it.
    "connect-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': csp,
  };
}

function inlineScriptHashes(indexFile: string): string[] {
  if (!fs.existsSync(indexFile)) return [];
  const html = fs.readFileSync(indexFile, 'utf8');
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
  );
}
