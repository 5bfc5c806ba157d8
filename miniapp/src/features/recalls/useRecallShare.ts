import { useCallback } from 'react';
import Taro, { useLoad, useShareAppMessage } from '@tarojs/taro';
import type { TRecallDetail } from '@recall/shared';
import { PAGES, url } from '../../constants/routes';
import { isWeapp } from '../../utils/env';

/**
 * Sharing one recall. In WeChat: the menu's 转发 and the page's share button send a card titled
 * with the recall that opens this page. In a browser: 复制链接 copies the page's address.
 */
export function useRecallShare(recall: TRecallDetail | null, id: number | undefined) {
  useLoad(() => {
    if (isWeapp()) void Taro.showShareMenu({ withShareTicket: false }).catch(() => undefined);
  });

  useShareAppMessage(() => ({
    title: recall ? recall.title : '缺陷消费品召回信息',
    path: url(PAGES.recall, { id }),
  }));

  const copyLink = useCallback(async () => {
    const link =
      typeof window !== 'undefined'
        ? `${window.location.origin}${window.location.pathname}#${url(PAGES.recall, { id })}`
        : url(PAGES.recall, { id });
    try {
      await Taro.setClipboardData({ data: link });
      void Taro.showToast({ title: '链接已复制', icon: 'none' });
    } catch {
      void Taro.showModal({ title: '请手动复制链接', content: link, showCancel: false, confirmColor: '#1B5BBF' });
    }
  }, [id]);

  return { nativeShare: isWeapp(), copyLink };
}
