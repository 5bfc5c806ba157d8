import JSZip from 'jszip';

/**
 * The text of a DOCX as a reader sees it, for golden files: one line per paragraph, one line per
 * table row with its cells between '|' (a cell's lines joined by '⏎', a cell merged with the one
 * above as '〃'), '[图片]' for an embedded picture.
 */
export async function docxText(buf: Buffer): Promise<string> {
  const xml = await JSZip.loadAsync(buf).then((z) => z.file('word/document.xml')!.async('string'));
  const blocks = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  return blocks.map((b) => (b.startsWith('<w:tbl>') ? table(b) : paragraph(b))).join('\n') + '\n';
}

function paragraph(p: string): string {
  const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join('');
  return p.includes('<w:drawing>') ? `${text}[图片]` : text;
}

function table(t: string): string {
  return (t.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [])
    .map((row) => {
      const cells = (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) => {
        if (/<w:vMerge(?! w:val="restart")[^>]*\/>/.test(c)) return '〃';
        return (c.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map(paragraph).join('⏎').trim();
      });
      return `| ${cells.join(' | ')} |`;
    })
    .join('\n');
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
