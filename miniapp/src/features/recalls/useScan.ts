import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import { PAGES, url } from '../../constants/routes';
import { scanProductCode } from '../../services/scanner';

/** Results for a scanned or typed bar code; batch and production date ride along to the check form. */
export function openGtinResults(found: { gtin: string; batch?: string; productionDate?: string }): void {
  void Taro.navigateTo({
    url: url(PAGES.search, { gtin: found.gtin, batch: found.batch, productionDate: found.productionDate }),
  });
}

export interface ScannedProduct {
  gtin: string;
  batch?: string;
  productionDate?: string;
}

/**
 * 扫码查询 on 查询. In WeChat it opens the scanner and hands the product code it read to
 * `onProduct` (by default: the recalls for that bar code); in a browser scanning is unavailable,
 * so it explains that and calls `onUnavailable` (the page offers a field to type the bar code).
 */
export function useScan(onUnavailable: () => void, onProduct: (found: ScannedProduct) => void = openGtinResults) {
  return useCallback(async () => {
    const outcome = await scanProductCode();
    switch (outcome.kind) {
      case 'product':
        onProduct({ gtin: outcome.gtin, batch: outcome.batch, productionDate: outcome.productionDate });
        return;
      case 'unavailable':
        await Taro.showModal({
          title: '浏览器中无法扫码',
          content: '请在微信小程序中使用扫码查询。也可以输入包装上条形码下方的数字，或输入产品名称、品牌、型号搜索。',
          showCancel: false,
          confirmText: '输入条码',
          confirmColor: '#1B5BBF',
        });
        onUnavailable();
        return;
      case 'invalid':
        void Taro.showModal({
          title: '无法查询此码',
          content: outcome.message,
          showCancel: false,
          confirmColor: '#1B5BBF',
        });
        return;
      case 'failed':
        void Taro.showToast({ title: '未能识别，请重试或手动输入条码', icon: 'none' });
        return;
      case 'cancelled':
        return;
    }
  }, [onUnavailable, onProduct]);
}
