import { isChineseGtin, isValidGtin, normalizeGtin } from './gtin';

/**
 * Foreign recalls (国外召回, 苏 第八条): the records other regulators publish, read from a file a
 * province's staff downloaded (no network is assumed), each turned into one shape the server
 * matches against this province's producers and recalls.
 */
export const FOREIGN_RECALL_FORMATS = {
  cpsc: '美国消费品安全委员会（CPSC）召回',
  safetyGate: '欧盟非食品类消费品快速预警系统（Safety Gate）通报',
  healthCanada: '加拿大卫生部召回',
} as const;
export type ForeignRecallFormat = keyof typeof FOREIGN_RECALL_FORMATS;

export interface ForeignRecall {
  format: ForeignRecallFormat;
  /** The publisher's own id (CPSC RecallNumber, Safety Gate alert number, Health Canada recallId). */
  reference: string;
  url: string | null;
  /** YYYY-MM-DD, when the publisher gives it. */
  date: string | null;
  title: string;
  productName: string;
  description: string;
  brands: string[];
  models: string[];
  /** Valid GTINs only, in the 14-digit form used for matching. */
  gtins: string[];
  /** Manufacturer names as published (a Chinese producer's name often in pinyin or English). */
  manufacturers: string[];
  countries: string[];
  hazard: string;
  remedy: string;
  /** A barcode with a 690–699 prefix, or China named as the origin: likely a Chinese producer. */
  chinaSignal: boolean;
}

export interface ForeignRecallRejection {
  /** The line of the file where the record starts (1-based). */
  line: number;
  reason: string;
}

export interface ForeignRecallParse {
  records: ForeignRecall[];
  rejected: ForeignRecallRejection[];
}

type Obj = Record<string, unknown>;

const text = (v: unknown): string =>
  typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : typeof v === 'number' ? String(v) : '';
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter((x): x is Obj => !!x && typeof x === 'object') : []);
const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))];
/** A field that several brands or models fill, separated by commas, semicolons or slashes. */
const split = (v: unknown) =>
  text(v)
    .split(/[;,，；/]|\s+and\s+/)
    .map((s) => s.trim())
    .filter((s) => s && !/^(unknown|n\/a|none|-)$/i.test(s));
/** Every barcode-like number in a text, kept when its check digit is right. */
function gtinsIn(...parts: unknown[]): string[] {
  const found = parts.flatMap((p) => text(p).match(/\b\d{8}\b|\b\d{12,14}\b/g) ?? []);
  return uniq(found.filter(isValidGtin).map(normalizeGtin));
}

function isoDate(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) {
    // Health Canada publishes Unix seconds.
    const d = new Date(v < 1e11 ? v * 1000 : v);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  }
  const s = text(v);
  if (/^\d{9,13}$/.test(s)) return isoDate(Number(s));
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
  if (dmy) return `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  return null;
}

const CHINA = /\b(china|p\.?r\.?c\.?|people'?s republic of china)\b|中国/i;

function finish(r: Omit<ForeignRecall, 'chinaSignal'>): ForeignRecall {
  const chinaSignal = r.gtins.some(isChineseGtin) || r.countries.some((c) => CHINA.test(c));
  return { ...r, chinaSignal };
}

/** US CPSC Recalls API (https://www.saferproducts.gov/RestWebServices/Recall?format=json). */
function fromCpsc(o: Obj): ForeignRecall | string {
  const reference = text(o.RecallNumber);
  if (!reference) return '缺少召回编号（RecallNumber）';
  const products = list(o.Products);
  const productName = uniq(products.map((p) => text(p.Name))).join('；') || text(o.Title);
  if (!productName) return '缺少产品名称（Products.Name）';
  return finish({
    format: 'cpsc',
    reference,
    url: text(o.URL) || null,
    date: isoDate(o.RecallDate),
    title: text(o.Title),
    productName,
    description: text(o.Description),
    // CPSC has no brand field: the manufacturer's name is what the product carries most often.
    brands: uniq(list(o.Manufacturers).map((m) => text(m.Name))),
    models: uniq(products.flatMap((p) => split(p.Model))),
    gtins: gtinsIn(...list(o.ProductUPCs).map((u) => u.UPC)),
    manufacturers: uniq(list(o.Manufacturers).map((m) => text(m.Name))),
    countries: uniq(list(o.ManufacturerCountries).map((c) => text(c.Country))),
    hazard: list(o.Hazards)
      .map((h) => text(h.Name))
      .join('；'),
    remedy: list(o.Remedies)
      .map((h) => text(h.Name))
      .join('；'),
  });
}

/**
 * EU Safety Gate alert export (the public alerts as JSON, field names as the export publishes them:
 * alert number like "A12/01234/24", product, brand, type/model, barcode, batch, country of origin,
 * risk type, measures, notifying country).
 */
function fromSafetyGate(o: Obj): ForeignRecall | string {
  const reference = text(o.alertNumber ?? o.reference);
  if (!/^A\d{2}\/\d{4,6}\/\d{2}$/.test(reference)) return '通报编号应形如 A12/01234/24（alertNumber）';
  const productName = text(o.productName ?? o.product);
  if (!productName) return '缺少产品名称（productName）';
  return finish({
    format: 'safetyGate',
    reference,
    url: text(o.url) || null,
    date: isoDate(o.publicationDate ?? o.alertDate),
    title: `${text(o.productCategory)} ${productName}`.trim(),
    productName,
    description: text(o.riskDescription ?? o.description),
    brands: split(o.brand),
    models: split(o.typeNumberOfModel ?? o.model),
    gtins: gtinsIn(o.barcode, o.batchNumber),
    manufacturers: [],
    countries: split(o.countryOfOrigin),
    hazard: text(o.riskType),
    remedy: text(o.measuresTaken ?? o.measures),
  });
}

/** Health Canada recalls API (healthycanadians.gc.ca recall-alert-rappel-avis/api/{id}/en). */
function fromHealthCanada(o: Obj): ForeignRecall | string {
  const reference = text(o.recallId);
  if (!reference) return '缺少召回编号（recallId）';
  const title = text(o.title);
  if (!title) return '缺少标题（title）';
  const panels = list(o.panels);
  const panel = (name: string) =>
    text(text(panels.find((p) => text(p.panelName) === name)?.text).replace(/<[^>]+>/g, ' '));
  const all = panels.map((p) => text(p.text).replace(/<[^>]+>/g, ' '));
  const category = Array.isArray(o.category) ? o.category.map(text).join('；') : text(o.category);
  return finish({
    format: 'healthCanada',
    reference,
    url: text(o.url) || null,
    date: isoDate(o.date_published ?? o.start_date),
    title,
    productName: text(o.product) || title.replace(/\s+recalled.*$/i, ''),
    description: [category, panel('issue') || panel('summary')].filter(Boolean).join('：'),
    brands: split(o.brand),
    models: split(o.model),
    gtins: gtinsIn(o.upc, ...all),
    manufacturers: [],
    countries: split(o.country_of_origin),
    hazard: panel('issue'),
    remedy: panel('what_to_do'),
  });
}

const PARSERS: Record<ForeignRecallFormat, (o: Obj) => ForeignRecall | string> = {
  cpsc: fromCpsc,
  safetyGate: fromSafetyGate,
  healthCanada: fromHealthCanada,
};

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
 * Reads one downloaded file: a JSON array of records (or the publisher's wrapper around one:
 * Health Canada's `results.ALL`, an export's `alerts`/`records`). A record that cannot be read is
 * rejected with its line and why, in Chinese; the others are kept.
 */
export function parseForeignRecalls(format: ForeignRecallFormat, source: string): ForeignRecallParse {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return { records: [], rejected: [{ line: 1, reason: '文件不是有效的 JSON' }] };
  }
  const wrapped = data && typeof data === 'object' && !Array.isArray(data) ? (data as Obj) : undefined;
  const items =
    (Array.isArray(data) && data) ||
    (wrapped &&
      ((Array.isArray((wrapped.results as Obj | undefined)?.ALL) && ((wrapped.results as Obj).ALL as unknown[])) ||
        (Array.isArray(wrapped.alerts) && wrapped.alerts) ||
        (Array.isArray(wrapped.records) && wrapped.records))) ||
    (wrapped && (wrapped.recallId || wrapped.RecallNumber || wrapped.alertNumber) ? [wrapped] : undefined);
  if (!items) return { records: [], rejected: [{ line: 1, reason: '文件中没有召回记录列表' }] };
  const start = Array.isArray(data)
    ? source.indexOf('[')
    : source.indexOf('[', source.search(/"(ALL|alerts|records)"/));
  const lines = start >= 0 ? elementLines(source, start) : [];
  const out: ForeignRecallParse = { records: [], rejected: [] };
  items.forEach((item, i) => {
    const line = lines[i] ?? 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      out.rejected.push({ line, reason: '记录应为对象' });
      return;
    }
    const r = PARSERS[format](item as Obj);
    if (typeof r === 'string') out.rejected.push({ line, reason: r });
    else out.records.push(r);
  });
  return out;
}
