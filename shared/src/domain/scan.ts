import { isIsoDate } from './dates';
import { isValidGtin, normalizeGtin } from './gtin';

/**
 * What a scanned code tells about a unit. EAN-13 / UPC-A / EAN-8 barcodes carry the GTIN; a QR
 * code with a GS1 Digital Link (https://id.gs1.org/01/<gtin>/10/<batch>?11=<yymmdd>) may also
 * carry the batch and production date. Anything else gets a reason in Chinese.
 */
export interface ScanResult {
  gtin?: string;
  batch?: string;
  productionDate?: string;
  error?: string;
}

/** GS1 YYMMDD → YYYY-MM-DD; DD 00 means the month's last day (GS1 GenSpecs 7.12); years per the 50-year window. */
export function gs1Date(yymmdd: string, now = new Date()): string | undefined {
  if (!/^\d{6}$/.test(yymmdd)) return undefined;
  const yy = Number(yymmdd.slice(0, 2));
  const century = Math.floor(now.getUTCFullYear() / 100) * 100;
  let year = century + yy;
  const diff = yy - (now.getUTCFullYear() % 100);
  if (diff >= 51) year -= 100;
  else if (diff <= -50) year += 100;
  const month = Number(yymmdd.slice(2, 4));
  let day = Number(yymmdd.slice(4, 6));
  if (day === 0) day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

function fromDigitalLink(raw: string): ScanResult | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const at = parts.findIndex((p, i) => ['01', 'gtin'].includes(p) && /^\d{8,14}$/.test(parts[i + 1] ?? ''));
  if (at < 0) return undefined;
  const gtin = parts[at + 1];
  if (!isValidGtin(gtin)) return { error: '二维码中的商品条码校验位不正确' };
  const result: ScanResult = { gtin: normalizeGtin(gtin) };
  const batchAt = parts.indexOf('10', at + 2);
  if (batchAt > 0 && parts[batchAt + 1]) result.batch = parts[batchAt + 1];
  const prod = url.searchParams.get('11');
  if (prod) result.productionDate = gs1Date(prod);
  return result;
}

export function parseScan(raw: string, scanType?: string): ScanResult {
  const text = (raw ?? '').trim();
  if (/^\d{8}$|^\d{12,14}$/.test(text)) {
    return isValidGtin(text)
      ? { gtin: normalizeGtin(text) }
      : { error: '条码校验位不正确，请对准条码重新扫描或手动输入' };
  }
  const link = /^https?:\/\//i.test(text) ? fromDigitalLink(text) : undefined;
  if (link) return link;
  if (/^https?:\/\//i.test(text)) return { error: '这个二维码是网址，不含商品条码信息。请扫描包装上的商品条形码' };
  if (scanType && /QR/i.test(scanType)) return { error: '这个二维码不含商品条码信息。请扫描包装上的商品条形码' };
  return { error: '无法识别的条码类型。请扫描 EAN-13 / UPC-A 商品条码，或直接输入产品名称搜索' };
}
