import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import { isValidGtin } from '@recall/shared';
import { PAGES, url } from '../constants/routes';
import { isWeapp } from '../utils/env';

/** What a scanned code becomes: a GTIN search, a keyword search, or nothing we can look up. */
export type ScanTarget = { kind: 'gtin'; gtin: string } | { kind: 'keyword'; q: string } | { kind: 'unsupported' };

export function scanTarget(raw: string): ScanTarget {
  const text = raw.trim();
  if (/^\d{8,14}$/.test(text) && isValidGtin(text)) return { kind: 'gtin', gtin: text };
  if (text === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.length > 50) return { kind: 'unsupported' };
  return { kind: 'keyword', q: text };
}

/**
 * 扫码查询. In WeChat it opens the scanner (bar codes and QR codes) and searches what it read; in a
 * browser scanning is unavailable, so it explains that and calls `onUnavailable` (the page focuses
 * its search box).
 */
export function useScan(onUnavailable: () => void) {
  return useCallback(async () => {
    if (!isWeapp()) {
      await Taro.showModal({
        title: '浏览器中无法扫码',
        content: '请在微信小程序中使用扫码查询，或直接输入产品名称、品牌、型号或商品条码搜索。',
        showCancel: false,
        confirmText: '去输入',
        confirmColor: '#1B5BBF',
      });
      onUnavailable();
      return;
    }
    let result: string;
    try {
      result = (await Taro.scanCode({ scanType: ['barCode', 'qrCode'] })).result;
    } catch (err) {
      const msg = err && typeof err === 'object' && 'errMsg' in err ? String(err.errMsg) : '';
      if (!/cancel/i.test(msg)) void Taro.showToast({ title: '未能识别，请重试或手动输入', icon: 'none' });
      return;
    }
    const target = scanTarget(result);
    if (target.kind === 'gtin') void Taro.navigateTo({ url: url(PAGES.search, { gtin: target.gtin }) });
    else if (target.kind === 'keyword') void Taro.navigateTo({ url: url(PAGES.search, { q: target.q }) });
    else
      void Taro.showModal({
        title: '无法查询此码',
        content: '扫描到的不是商品条码。请扫描产品包装上的条形码，或输入产品名称、型号搜索。',
        showCancel: false,
        confirmColor: '#1B5BBF',
      });
  }, [onUnavailable]);
}
