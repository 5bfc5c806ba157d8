import { ALL_ROUTES, type RouteDef } from '@recall/shared';
import { openApiDocument, openApiPath } from './openapi';
import { PLATFORM_DOCS_HTML } from '../platforms/platform-docs';

/**
 * The public page of the open-data API (/api/docs): what anyone may build on without an account,
 * from the same route table as everything else. Plain HTML, no scripts, readable on a phone.
 */
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

interface Param {
  name: string;
  in: string;
  required: boolean;
  schema: { type?: string; enum?: unknown[]; maxLength?: number; default?: unknown };
}

function paramRows(params: Param[]): string {
  if (!params.length) return '<p>无参数。</p>';
  const rows = params.map((p) => {
    const t = p.schema.enum ? `取值 ${p.schema.enum.join(' / ')}` : (p.schema.type ?? '');
    const extra = [
      p.schema.maxLength ? `最长 ${p.schema.maxLength}` : '',
      p.schema.default !== undefined ? `默认 ${String(p.schema.default)}` : '',
    ]
      .filter(Boolean)
      .join('，');
    return `<tr><td><code>${esc(p.name)}</code></td><td>${p.in === 'path' ? '路径' : '查询'}</td><td>${p.required ? '必填' : '选填'}</td><td>${esc([t, extra].filter(Boolean).join('；'))}</td></tr>`;
  });
  return `<table><tr><th>参数</th><th>位置</th><th></th><th>说明</th></tr>${rows.join('')}</table>`;
}

function section(r: RouteDef, doc: { paths: Record<string, Record<string, { parameters: Param[] }>> }): string {
  const op = doc.paths[openApiPath(r.path)][r.method.toLowerCase()];
  const body = r.body ? '<p>请求内容为 JSON，字段见 <a href="openapi.json">OpenAPI 描述</a>。</p>' : '';
  return `<section><h2>${esc(r.summary)}</h2><p><code>${r.method} ${esc(r.path)}</code></p>${paramRows(op.parameters)}${body}</section>`;
}

export function apiDocsPage(serverUrl: string): string {
  const doc = openApiDocument(serverUrl) as unknown as Parameters<typeof section>[1];
  const open = ALL_ROUTES.filter((r) => r.openData);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>缺陷消费品召回 开放数据接口</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#1F2A3D}code{background:#F3F5F9;padding:0 .2em}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #DDE2EA;padding:.3em;text-align:left}h2{font-size:1.15rem;margin-top:2rem}</style>
</head><body><h1>缺陷消费品召回 开放数据接口</h1>
<p>以下接口无需登录，可用于查询已发布的召回信息、核对某一件产品是否在召回范围内、订阅最新召回。结果为 JSON（订阅源为 Atom）。出错时返回中文说明和出错的字段。完整接口见 <a href="openapi.json">OpenAPI 3.1 描述</a>。</p>
<h2>保持同步</h2><p>镜像站点和电商平台可用 <code>GET /api/recalls/changes?since=0</code> 取得全部召回信息，之后每次用上次返回的 <code>next</code> 作为 <code>since</code>，只取新发布、更正、扩大、完成或撤回的记录（撤回的记录带 <code>withdrawn: true</code>，请下架）；<code>more</code> 为 true 时立即再取。每个 GET 接口的回答带 <code>ETag</code>，再次请求时带上 <code>If-None-Match</code>，没有变化时返回 304 且不带内容。</p>
${open.map((r) => section(r, doc)).join('\n')}
${PLATFORM_DOCS_HTML}
</body></html>`;
}
