import { useCallback, useState } from 'react';
import Taro, { useDidHide } from '@tarojs/taro';
import { searchRecalls } from './api';
import { openGtinResults, useScan, type ScannedProduct } from './useScan';
import { isWeapp } from '../../utils/env';

/** A scanned or typed bar code that no recall concerns (yet): offered for following. */
export interface NothingFound extends ScannedProduct {
  source: 'scan' | 'manual';
  dataAsOf: string | null;
}

/**
 * 扫码查询 and the typed bar code on 查询: a code with recalls opens them in the results; a code with
 * none stays on the page as "暂无召回", offered for following, until the page is left.
 */
export function useBarcodeLookup() {
  // The browser build has no scanner: the bar code field is always there. In WeChat it opens on demand.
  const [gtinOpen, setGtinOpen] = useState(!isWeapp());
  const [gtinFocus, setGtinFocus] = useState(false);
  const [nothing, setNothing] = useState<NothingFound | null>(null);
  const [looking, setLooking] = useState(false);

  const showGtinEntry = useCallback(() => {
    setGtinOpen(true);
    setGtinFocus(false);
    // Re-arm the prop so focusing works more than once.
    setTimeout(() => setGtinFocus(true), 50);
  }, []);

  const lookUp = useCallback(async (found: ScannedProduct, source: NothingFound['source']) => {
    setNothing(null);
    setLooking(true);
    let recalled = true;
    let dataAsOf: string | null = null;
    try {
      const res = await searchRecalls({ gtin: found.gtin, page: 1, pageSize: 1 });
      recalled = res.total > 0;
      dataAsOf = res.dataAsOf;
    } catch {
      // The results page shows the failure with a retry.
    } finally {
      setLooking(false);
    }
    if (recalled) {
      openGtinResults(found);
      return;
    }
    setNothing({ ...found, source, dataAsOf });
    setTimeout(() => void Taro.pageScrollTo({ selector: '.scan-none', duration: 300 }).catch(() => undefined), 100);
  }, []);
  const onScanned = useCallback((found: ScannedProduct) => void lookUp(found, 'scan'), [lookUp]);
  const scan = useScan(showGtinEntry, onScanned);
  // The answer is for this visit: leaving the page (not the scanner) clears it.
  useDidHide(() => {
    if (!looking) setNothing(null);
  });

  return {
    scan,
    gtinOpen,
    gtinFocus,
    showGtinEntry,
    blurGtin: () => setGtinFocus(false),
    typeGtin: (gtin: string) => void lookUp({ gtin }, 'manual'),
    looking,
    nothing,
    dismiss: () => setNothing(null),
  };
}
