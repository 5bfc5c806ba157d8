import {
  FOREIGN_RECALL_READERS,
  type ForeignRecall,
  type ForeignRecallFileContext,
  type ForeignRecallFormat,
  type Obj,
} from './foreignRecall';

export interface ForeignRecallRejection {
  /** The line of the file where the record starts (1-based). */
  line: number;
  reason: string;
}

export interface ForeignRecallParse {
  records: ForeignRecall[];
  rejected: ForeignRecallRejection[];
}

/** Line (1-based) where each element of the array opening at `arrayStart` starts, scanning the JSON text. */
function elementLines(source: string, arrayStart: number): number[] {
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < arrayStart; i++) if (source[i] === '\n') line++;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = arrayStart; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (depth === 1 && expectValue && c !== ']') {
      lines.push(line);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) break;
    } else if (c === ',' && depth === 1) expectValue = true;
  }
  return lines;
}

/**
 * The records of a parsed file, each read by its format's reader; a record that cannot be read is
 * rejected with its line (`lines[i]`, else 1) and why, in Chinese; the others are kept.
 */
export function readForeignRecalls(
  format: ForeignRecallFormat,
  items: unknown[],
  lines: number[] = [],
  file: ForeignRecallFileContext = {},
): ForeignRecallParse {
  const out: ForeignRecallParse = { records: [], rejected: [] };
  items.forEach((item, i) => {
    const line = lines[i] ?? 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      out.rejected.push({ line, reason: '记录应为对象' });
      return;
    }
    const r = FOREIGN_RECALL_READERS[format](item as Obj, file);
    if (typeof r === 'string') out.rejected.push({ line, reason: r });
    else out.records.push(r);
  });
  return out;
}

/**
 * Where a JSON file keeps its records: an array, or the publisher's wrapper around one (Health
 * Canada's `results.ALL`, Safety Gate's `notifications` with the report's `report_date`), or one
 * record alone (a Health Canada detail, as `api/{id}/en` returns it).
 */
function locate(data: unknown): { items: unknown[]; key?: string; file: ForeignRecallFileContext } | undefined {
  if (Array.isArray(data)) return { items: data, file: {} };
  if (!data || typeof data !== 'object') return undefined;
  const o = data as Obj;
  const all = (o.results as Obj | undefined)?.ALL;
  if (Array.isArray(all)) return { items: all, key: 'ALL', file: {} };
  if (Array.isArray(o.notifications))
    return { items: o.notifications, key: 'notifications', file: o.report_date ? { reportDate: o.report_date } : {} };
  if (o.recallId || o.RecallNumber || o.caseNumber) return { items: [o], file: {} };
  return undefined;
}

/** Reads one downloaded JSON file of the given format. */
export function parseForeignRecalls(format: ForeignRecallFormat, source: string): ForeignRecallParse {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return { records: [], rejected: [{ line: 1, reason: '文件不是有效的 JSON' }] };
  }
  const found = locate(data);
  if (!found) return { records: [], rejected: [{ line: 1, reason: '文件中没有召回记录列表' }] };
  const start = Array.isArray(data)
    ? source.indexOf('[')
    : found.key
      ? source.indexOf('[', source.indexOf(`"${found.key}"`))
      : -1;
  const lines = start >= 0 ? elementLines(source, start) : [];
  return readForeignRecalls(format, found.items, lines, found.file);
}
