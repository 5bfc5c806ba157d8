import Taro from '@tarojs/taro';
import { parseScan } from '@recall/shared';
import { isWeapp } from '../utils/env';
import { displayGtin } from '../utils/format';

/** What the scanner gave: a product code (GTIN, maybe batch and production date) or why not. */
export type ScanOutcome =
  | { kind: 'product'; gtin: string; batch?: string; productionDate?: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'cancelled' }
  | { kind: 'failed' }
  | { kind: 'unavailable' };

/**
 * Opens WeChat's scanner for bar codes and QR codes and reads the result with parseScan
 * (EAN-13 / UPC-A → GTIN; a GS1 Digital Link QR → GTIN, batch, production date). The browser build
 * has no scanner: 'unavailable'.
 */
export async function scanProductCode(): Promise<ScanOutcome> {
  if (!isWeapp()) return { kind: 'unavailable' };
  let raw: string;
  let scanType: string | undefined;
  try {
    const res = await Taro.scanCode({ scanType: ['barCode', 'qrCode'] });
    raw = res.result;
    scanType = res.scanType;
  } catch (err) {
    const msg = err && typeof err === 'object' && 'errMsg' in err ? String(err.errMsg) : '';
    return /cancel/i.test(msg) ? { kind: 'cancelled' } : { kind: 'failed' };
  }
  const parsed = parseScan(raw, scanType);
  if (parsed.gtin) {
    return { kind: 'product', gtin: parsed.gtin, batch: parsed.batch, productionDate: parsed.productionDate };
  }
  return { kind: 'invalid', message: parsed.error ?? '无法识别此码，请扫描商品包装上的条形码' };
}

export type ScanFillResult = 'done' | 'unavailable' | 'none';
type ScannedField = 'gtin' | 'batch' | 'productionDate';

/**
 * Scans a product code into a form: the GTIN, and the batch and production date a GS1 Digital
 * Link carries. `fail` receives the reason a code was refused.
 */
export async function scanIntoFields(
  set: (field: ScannedField, value: string) => void,
  fail: (message: string) => void,
): Promise<ScanFillResult> {
  const outcome = await scanProductCode();
  if (outcome.kind === 'unavailable') return 'unavailable';
  if (outcome.kind === 'invalid') {
    fail(outcome.message);
    return 'none';
  }
  if (outcome.kind !== 'product') return 'none';
  set('gtin', displayGtin(outcome.gtin));
  if (outcome.batch) set('batch', outcome.batch);
  if (outcome.productionDate) set('productionDate', outcome.productionDate);
  return 'done';
}
