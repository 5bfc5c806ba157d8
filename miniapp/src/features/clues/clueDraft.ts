import Taro from '@tarojs/taro';
import type { ClueSource, InjuryLevel, TClueCreateResponse } from '@recall/shared';
import { PAGES } from '../../constants/routes';
import { switchTabKeepingHistory } from '../../utils/navigate';

/**
 * A clue report being written, kept on the phone (storage) on every change until the server
 * confirms it: reopening the app restores it, including the ids of photos already uploaded.
 * `key` is the Idempotency-Key of POST /api/clues, generated once per draft, so a retry after a
 * dropped connection returns the same clue instead of filing a second one.
 */
export type PhotoStatus = 'uploading' | 'done' | 'failed';

export interface DraftPhoto {
  /** Local identity of the photo in the draft (not the server id). */
  key: string;
  /** The local file (WeChat temp path or a browser blob: URL); gone after a restart. */
  path?: string;
  name?: string;
  status: PhotoStatus;
  progress: number;
  /** Server upload id and its signed URL, once uploaded. */
  id?: string;
  url?: string;
  error?: string;
}

export interface ClueDraft {
  key: string;
  source: '' | Exclude<ClueSource, 'consumer'>;
  categoryCode: string;
  productName: string;
  brand: string;
  model: string;
  batch: string;
  productionDate: string;
  gtin: string;
  producerName: string;
  producerUscc: string;
  description: string;
  injury: '' | InjuryLevel;
  fire: boolean;
  /** 同意移送外省时提供联系方式 (off unless ticked; drafts saved before it lack it). */
  shareConsent?: boolean;
  regionCode: string;
  /** What the person picked, for display ('江苏省 苏州市 吴中区'). */
  regionName: string;
  purchaseChannel: string;
  contactName: string;
  contactPhone: string;
  contactAddress: string;
  photos: DraftPhoto[];
  consent: boolean;
  /** The recall the report was started from (context only; the API has no field for it). */
  recallId?: number;
  /** 外省移送 (staff): the sending province (code, and its name as shown), and its letter's reference. */
  fromProvinceCode?: string;
  fromProvinceName?: string;
  fromReference?: string;
  /** 线索报送 (staff, the province; 辽 第八条): the unit that found the clue and the day it found it. */
  fromUnit?: string;
  unitFoundOn?: string;
}

export type DraftKind = 'consumer' | 'staff';
const STORAGE_KEY: Record<DraftKind, string> = { consumer: 'recall.clueDraft', staff: 'recall.staffClueDraft' };

/** A random RFC 4122 version-4 UUID (the Idempotency-Key). */
export function uuid4(): string {
  const bytes = new Uint8Array(16);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newDraft(): ClueDraft {
  return {
    key: uuid4(),
    source: '',
    categoryCode: '',
    productName: '',
    brand: '',
    model: '',
    batch: '',
    productionDate: '',
    gtin: '',
    producerName: '',
    producerUscc: '',
    description: '',
    injury: '',
    fire: false,
    regionCode: '',
    regionName: '',
    purchaseChannel: '',
    contactName: '',
    contactPhone: '',
    contactAddress: '',
    photos: [],
    consent: false,
  };
}

/** What survives a restart: uploaded photos only (a local file or an upload in flight does not). */
export function persistable(d: ClueDraft): ClueDraft {
  return {
    ...d,
    photos: d.photos
      .filter((p) => p.status === 'done' && p.id)
      .map((p) => ({ key: p.key, id: p.id, url: p.url, name: p.name, status: 'done' as const, progress: 100 })),
  };
}

export function loadDraft(kind: DraftKind): ClueDraft | null {
  try {
    const raw: unknown = Taro.getStorageSync(STORAGE_KEY[kind]);
    if (typeof raw !== 'string' || !raw) return null;
    const parsed = JSON.parse(raw) as Partial<ClueDraft>;
    if (!parsed || typeof parsed !== 'object' || typeof parsed.key !== 'string') return null;
    // Fields added later get their defaults; anything unreadable is dropped.
    const base = newDraft();
    const merged = { ...base, ...parsed } as ClueDraft;
    merged.photos = Array.isArray(parsed.photos) ? parsed.photos.filter((p) => p && p.status === 'done' && p.id) : [];
    return merged;
  } catch {
    return null;
  }
}

export function saveDraft(kind: DraftKind, raw: string): void {
  try {
    Taro.setStorageSync(STORAGE_KEY[kind], raw);
  } catch {
    // Storage full or unavailable: the draft lives only while the page is open.
  }
}

export function clearDraft(kind: DraftKind): void {
  try {
    Taro.removeStorageSync(STORAGE_KEY[kind]);
  } catch {
    // nothing kept
  }
}

/** Whether the person has typed or picked anything worth keeping. */
export function draftHasContent(d: ClueDraft): boolean {
  const fields: Array<keyof ClueDraft> = [
    'categoryCode',
    'productName',
    'brand',
    'model',
    'gtin',
    'description',
    'regionCode',
    'contactName',
    'contactPhone',
  ];
  return fields.some((f) => typeof d[f] === 'string' && (d[f] as string).trim() !== '') || d.photos.length > 0;
}

// ---------------------------------------------------------------- hand-offs between pages

/** Product facts a page opens the report with (recall detail, search results). */
export interface ReportPrefill {
  gtin?: string;
  brand?: string;
  model?: string;
  productName?: string;
  categoryCode?: string;
  recallId?: number;
}

let pendingPrefill: ReportPrefill | null = null;

/**
 * 报告 is a tab: switchTab cannot carry a query string, so the prefill waits here until the
 * report page shows (the page also reads the same fields from its own query, for direct links).
 */
export function handOverPrefill(p: ReportPrefill): void {
  pendingPrefill = p;
}

/** Opens 报告 with these product facts filled in; back from its receipt returns to this page. */
export function openReport(p: ReportPrefill): void {
  handOverPrefill(p);
  switchTabKeepingHistory(PAGES.report);
}

export function takePrefill(): ReportPrefill | null {
  const p = pendingPrefill;
  pendingPrefill = null;
  return p;
}

const RECEIPT_KEY = 'recall.lastReceipt';

/** The server's answer to a submission, kept so the receipt page survives a reload. */
export function keepReceipt(r: TClueCreateResponse): void {
  try {
    Taro.setStorageSync(RECEIPT_KEY, JSON.stringify(r));
  } catch {
    // the receipt page loads the clue from the server instead
  }
}

export function readReceipt(): unknown {
  try {
    const raw: unknown = Taro.getStorageSync(RECEIPT_KEY);
    return typeof raw === 'string' && raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}
