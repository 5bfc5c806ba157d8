import { isChineseGtin, isValidGtin, normalizeGtin } from './gtin';

/**
 * Foreign recalls (国外召回, 苏 第八条): the records other regulators publish, read from a file a
 * province's staff downloaded (no network is assumed), each turned into one shape the server
 * matches against this province's producers and recalls. The field names are the publishers' own:
 * - CPSC: saferproducts.gov/RestWebServices/Recall?format=json (RecallNumber, Products[].Model,
 *   ProductUPCs[].UPC, Manufacturers[].Name, ManufacturerCountries[].Country, Hazards[].Name …);
 * - Safety Gate: the weekly report export (ec.europa.eu/safety-gate-alerts/api/download/weeklyReport/
 *   detail/xml/{id}): `<notifications>` elements with caseNumber, reference (the alert's address),
 *   product, name, brand, type_numberOfModel, barcode, batchNumber, riskType, danger, measures,
 *   notifyingCountry, countryOfOrigin; the report's date in `report_date` (dd/mm/yyyy);
 * - Health Canada: healthycanadians.gc.ca/recall-alert-rappel-avis/api/{id}/en (recallId, title,
 *   url, start_date and date_published in Unix seconds, panels[] of {panelName, title, text}: HTML).
 */
export const FOREIGN_RECALL_FORMATS = {
  cpsc: '美国消费品安全委员会（CPSC）召回',
  safetyGate: '欧盟非食品类消费品快速预警系统（Safety Gate）通报',
  healthCanada: '加拿大卫生部召回',
} as const;
export type ForeignRecallFormat = keyof typeof FOREIGN_RECALL_FORMATS;

export interface ForeignRecall {
  format: ForeignRecallFormat;
  /** The publisher's own id (CPSC RecallNumber, Safety Gate caseNumber, Health Canada recallId). */
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
  /** Countries of origin as published. */
  countries: string[];
  /** The country whose authority published or notified it, in Chinese (美国, 法国, 加拿大). */
  country: string;
  hazard: string;
  remedy: string;
  /** A barcode with a 690–699 prefix, or China named as the origin: likely a Chinese producer. */
  chinaSignal: boolean;
}

/** What a file holds around its records that a record needs (Safety Gate dates its weekly report only). */
export interface ForeignRecallFileContext {
  reportDate?: unknown;
}

export type Obj = Record<string, unknown>;

/** Text of a JSON value or of an XML element read as an object (fast-xml-parser's `#text`). */
const text = (v: unknown): string => {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && !Array.isArray(v) && '#text' in v) return text((v as Obj)['#text']);
  return '';
};
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter((x): x is Obj => !!x && typeof x === 'object') : []);
const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))];
const stripHtml = (html: unknown) =>
  text(
    text(html)
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&'),
  );
const UNKNOWN = /^(unknown|n\/a|none|-|no brand|not known)$/i;
/** A field that several brands or models fill, separated by commas, semicolons or slashes. */
const split = (v: unknown) =>
  text(v)
    .split(/[;,，；/]|\s+and\s+/)
    .map((s) => s.trim())
    .filter((s) => s && !UNKNOWN.test(s));
/** Every barcode-like number in a text, kept when its check digit is right. */
function gtinsIn(...parts: unknown[]): string[] {
  const found = parts.flatMap((p) => text(p).match(/\b\d{8}\b|\b\d{12,14}\b/g) ?? []);
  return uniq(found.filter(isValidGtin).map(normalizeGtin));
}

export function isoDate(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) {
    // Health Canada publishes Unix seconds.
    const d = new Date(v < 1e11 ? v * 1000 : v);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  }
  const s = text(v);
  if (/^\d{9,13}$/.test(s)) return isoDate(Number(s));
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  // Safety Gate writes dates the European way: 28/08/2026.
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
  if (dmy) return `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  return null;
}

const CHINA = /\b(china|p\.?r\.?c\.?|people'?s republic of china)\b|中国/i;

/** The countries that notify Safety Gate (EU, EEA), named in Chinese; others keep the name as published. */
const NOTIFYING_COUNTRIES: Record<string, string> = {
  austria: '奥地利',
  belgium: '比利时',
  bulgaria: '保加利亚',
  croatia: '克罗地亚',
  cyprus: '塞浦路斯',
  czechia: '捷克',
  'czech republic': '捷克',
  denmark: '丹麦',
  estonia: '爱沙尼亚',
  finland: '芬兰',
  france: '法国',
  germany: '德国',
  greece: '希腊',
  hungary: '匈牙利',
  iceland: '冰岛',
  ireland: '爱尔兰',
  italy: '意大利',
  latvia: '拉脱维亚',
  liechtenstein: '列支敦士登',
  lithuania: '立陶宛',
  luxembourg: '卢森堡',
  malta: '马耳他',
  netherlands: '荷兰',
  'the netherlands': '荷兰',
  norway: '挪威',
  poland: '波兰',
  portugal: '葡萄牙',
  romania: '罗马尼亚',
  slovakia: '斯洛伐克',
  slovenia: '斯洛文尼亚',
  spain: '西班牙',
  sweden: '瑞典',
};
export const notifyingCountryName = (published: string) =>
  NOTIFYING_COUNTRIES[published.trim().toLowerCase()] ?? (published.trim() || '欧盟');

function finish(r: Omit<ForeignRecall, 'chinaSignal'>): ForeignRecall {
  const chinaSignal = r.gtins.some(isChineseGtin) || r.countries.some((c) => CHINA.test(c));
  return { ...r, chinaSignal };
}

function fromCpsc(o: Obj): ForeignRecall | string {
  const reference = text(o.RecallNumber);
  if (!reference) return '缺少召回编号（RecallNumber）';
  const products = list(o.Products);
  const productName = uniq(products.map((p) => text(p.Name))).join('；') || text(o.Title);
  if (!productName) return '缺少产品名称（Products.Name）';
  const makers = uniq(list(o.Manufacturers).map((m) => text(m.Name)));
  return finish({
    format: 'cpsc',
    reference,
    url: text(o.URL) || null,
    date: isoDate(o.RecallDate),
    title: text(o.Title),
    productName,
    description: text(o.Description),
    // CPSC has no brand field: the manufacturer's name is what the product carries most often.
    brands: makers,
    models: uniq(products.flatMap((p) => split(p.Model))),
    gtins: gtinsIn(...list(o.ProductUPCs).map((u) => u.UPC)),
    manufacturers: makers,
    countries: uniq(list(o.ManufacturerCountries).map((c) => text(c.Country))),
    country: '美国',
    hazard: list(o.Hazards)
      .map((h) => text(h.Name))
      .join('；'),
    remedy: list(o.Remedies)
      .map((h) => text(h.Name))
      .join('；'),
  });
}

/** An alert number as Safety Gate writes it: SR/01326/26 (since 2021), A12/01234/19 (RAPEX before). */
const CASE_NUMBER = /^(SR|A\d{2})\/\d{4,6}\/\d{2}$/;

function fromSafetyGate(o: Obj, file: ForeignRecallFileContext): ForeignRecall | string {
  const reference = text(o.caseNumber);
  if (!CASE_NUMBER.test(reference)) return '通报编号应形如 SR/01326/26（caseNumber）';
  const productName = uniq([text(o.product), text(o.name)].filter((s) => !UNKNOWN.test(s))).join(' ');
  if (!productName) return '缺少产品名称（product）';
  const address = text(o.reference);
  return finish({
    format: 'safetyGate',
    reference,
    url: /^https?:\/\//.test(address) ? address : null,
    date: isoDate(o.publicationDate ?? file.reportDate),
    title: [text(o.category), productName].filter(Boolean).join(' · '),
    productName,
    description: text(o.description),
    brands: split(o.brand),
    models: split(o.type_numberOfModel),
    gtins: gtinsIn(o.barcode, o.batchNumber),
    manufacturers: [],
    countries: split(o.countryOfOrigin),
    country: notifyingCountryName(text(o.notifyingCountry)),
    hazard: [text(o.riskType), text(o.danger)].filter(Boolean).join('：'),
    remedy: text(o.measures),
  });
}

/** `<b>Key:</b> value<BR/>` pairs, the way Health Canada's basic_details and product_N panels read. */
function htmlPairs(html: unknown): [key: string, value: string][] {
  const pairs: [string, string][] = [];
  for (const m of text(html).matchAll(/<b>\s*([^<]+?)\s*:?\s*<\/b>\s*:?([\s\S]*?)(?=<b>|$)/gi))
    pairs.push([m[1].replace(/:$/, '').trim().toLowerCase(), stripHtml(m[2])]);
  return pairs;
}

function fromHealthCanada(o: Obj): ForeignRecall | string {
  const reference = text(o.recallId);
  if (!reference) return '缺少召回编号（recallId）';
  const title = text(o.title);
  if (!title) return '缺少标题（title）';
  const panels = list(o.panels);
  const panel = (...names: string[]) =>
    names.map((n) => stripHtml(panels.find((p) => text(p.panelName) === n)?.text)).find(Boolean) ?? '';
  const basic = htmlPairs(panels.find((p) => text(p.panelName) === 'basic_details')?.text);
  const products = panels.filter((p) => /^product_\d+$/.test(text(p.panelName))).map((p) => htmlPairs(p.text));
  const values = (key: RegExp, from = products.flat()) => uniq(from.filter(([k]) => key.test(k)).map(([, v]) => v));
  const url = text(o.url);
  return finish({
    format: 'healthCanada',
    reference,
    // The API gives the notice's path on its own host.
    url: url ? (url.startsWith('/') ? `https://healthycanadians.gc.ca${url}` : url) : null,
    date: isoDate(o.date_published ?? o.start_date),
    title,
    productName:
      (values(/^product( name)?$/).length ? values(/^product( name)?$/) : values(/^product$/, basic)).join('；') ||
      title,
    description: panel('cms_issue_problem', 'details', 'summary', 'cms_reason_reason_recall'),
    brands: values(/brand/).flatMap(split),
    models: values(/model|catalogue|item number/).flatMap(split),
    gtins: gtinsIn(...values(/upc|barcode|gtin/), ...panels.map((p) => stripHtml(p.text))),
    manufacturers: values(/manufacturer/),
    countries: values(/country|origin|manufactured in/),
    country: '加拿大',
    hazard: values(/^(issue|hazard)/, basic).join('；') || panel('cms_issue_problem', 'details'),
    remedy: panel('cms_who_what_consumer') || values(/^what to do/, basic).join('；'),
  });
}

export const FOREIGN_RECALL_READERS: Record<
  ForeignRecallFormat,
  (o: Obj, file: ForeignRecallFileContext) => ForeignRecall | string
> = {
  cpsc: fromCpsc,
  safetyGate: fromSafetyGate,
  healthCanada: fromHealthCanada,
};
