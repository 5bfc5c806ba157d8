import { readForeignRecalls, type ForeignRecallParse } from '@recall/shared';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An XML file, told apart from JSON by its first character. */
export const looksLikeXml = (source: string) => source.trimStart().startsWith('<');

const parser = new XMLParser({
  ignoreAttributes: true,
  // Barcodes and batch numbers stay text: 06923450657713 must not become a number.
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'notifications' || name === 'picture',
});

/** The 1-based line of each `<notifications>` element, in document order. */
function notificationLines(source: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const m of source.matchAll(/<notifications[\s>]/g)) {
    for (let i = from; i < m.index; i++) if (source[i] === '\n') line++;
    from = m.index;
    lines.push(line);
  }
  return lines;
}

/**
 * Safety Gate's weekly report as the Commission exports it (…/weeklyReport/detail/xml/{id}): a
 * `<Safety-Gate>` root with `report_date` and one `<notifications>` element per alert. Read with
 * fast-xml-parser; a file that is not well-formed is rejected with the line the parser names.
 */
export function parseSafetyGateXml(source: string): ForeignRecallParse {
  // The export declares no DTD; a file that does is not one, and entity declarations are refused outright.
  if (/<!DOCTYPE/i.test(source))
    return { records: [], rejected: [{ line: 1, reason: '文件不是欧盟 Safety Gate 导出的 XML' }] };
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    return { records: [], rejected: [{ line: valid.err.line, reason: '文件不是有效的 XML' }] };
  }
  const doc = parser.parse(source) as Record<string, unknown>;
  const root = Object.values(doc).find((v) => v && typeof v === 'object' && 'notifications' in v) as
    { notifications: unknown[]; report_date?: unknown } | undefined;
  if (!root) return { records: [], rejected: [{ line: 1, reason: '文件中没有通报（notifications）' }] };
  return readForeignRecalls('safetyGate', root.notifications, notificationLines(source), {
    reportDate: root.report_date,
  });
}
