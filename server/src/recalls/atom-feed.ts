import { CATEGORIES, RECALL_STATUSES, TRecallPublic, WARNING_LABEL, WARNING_NOTICE } from '@recall/shared';

/**
 * Characters XML 1.0 does not allow anywhere, even escaped: C0 controls other than tab and line
 * breaks, lone surrogates, U+FFFE and U+FFFF. Imported text may carry them; a feed reader would
 * reject the whole document.
 */
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The open-data Atom feed (RFC 4287) of new and updated recalls. */
const esc = (s: string) => s.replace(XML_ILLEGAL, '').replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** `baseUrl` is the configured public address (env.publicBaseUrl), never the request's Host. */
export function atomFeed(recalls: TRecallPublic[], baseUrl: string): string {
  const updated = recalls[0]?.updatedAt ?? new Date(0).toISOString();
  const entries = recalls.map((r) => {
    const warning = r.kind === 'warning';
    const summary = [
      warning ? `【${WARNING_LABEL}】${WARNING_NOTICE}` : '',
      `${warning ? WARNING_LABEL : RECALL_STATUSES[r.status]} · ${CATEGORIES[r.categoryCode]} · 生产者：${r.producerName}`,
      r.description ? `产品描述：${r.description}` : '',
      `缺陷：${r.defect}`,
      `可能导致的后果：${r.consequence}`,
      r.emergency ? `应急处置方式：${r.emergency}` : '',
      `措施：${r.remedy}`,
      r.organization ? `召回负责机构：${r.organization}` : '',
      r.contactPhone ? `咨询电话：${r.contactPhone}` : '',
      r.bureauName ? `监管部门：${r.bureauName}（${r.bureauPhone ?? '12315'}）` : '',
    ]
      .filter(Boolean)
      .join('\n');
    return `  <entry>
    <id>urn:recall:${esc(r.recallNo)}</id>
    <title>${warning ? `【${WARNING_LABEL}】` : ''}${esc(r.title)}${r.demo ? '（演示数据）' : ''}</title>
    <link rel="alternate" type="application/json" href="${esc(`${baseUrl}/api/recalls/${r.id}`)}"/>
    <published>${r.publishedAt ?? r.updatedAt}</published>
    <updated>${r.updatedAt}</updated>
    <author><name>${esc(warning ? (r.bureauName ?? '市场监督管理局') : r.producerName)}</name></author>
    <category term="${esc(r.categoryCode)}" label="${esc(CATEGORIES[r.categoryCode])}"/>${warning ? `\n    <category term="warning" label="${WARNING_LABEL}"/>` : ''}
${r.photos.map((p) => `    <link rel="enclosure" type="image/jpeg" href="${esc(`${baseUrl}${p.url}`)}"/>\n`).join('')}    <summary type="text">${esc(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>urn:recall:feed</id>
  <title>缺陷消费品召回信息</title>
  <link rel="self" href="${esc(`${baseUrl}/api/feed/recalls.atom`)}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}
