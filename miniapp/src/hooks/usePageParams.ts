import { useEffect, useState } from 'react';
import { useDidShow, useRouter } from '@tarojs/taro';
import { isH5 } from '../utils/env';

type Params = Record<string, string | undefined>;

/** '/pages/search/index?stamp=1' → 'pages/search/index'. */
export const pagePathOf = (path: string) => path.replace(/^\/+/, '').split('?')[0];

/**
 * The query of a hash-router URL ('#/pages/search/index?q=%E7%94%B5') when it is this page's,
 * decoded; null for another page's URL.
 */
export function queryOfHash(hash: string, pagePath: string): Record<string, string> | null {
  const [path, search = ''] = hash.replace(/^#/, '').split('?');
  if (pagePathOf(path) !== pagePathOf(pagePath)) return null;
  return Object.fromEntries(new URLSearchParams(search).entries());
}

const sameParams = (a: Params | null, b: Params) =>
  !!a && Object.keys(a).length === Object.keys(b).length && Object.keys(b).every((k) => a[k] === b[k]);

/**
 * The page's query, following the URL in the browser: someone who edits the address (search?q=…)
 * or returns to a page that Taro kept in its stack sees what the URL now says, not what the page
 * was opened with. In WeChat (no address bar) it is the router's query.
 */
export function usePageParams(): Params {
  // Null outside a page (a component rendered on its own).
  const router: { path: string; params: Params } | null = useRouter();
  const path = router?.path ?? '';
  const [fromUrl, setFromUrl] = useState<Params | null>(() =>
    isH5() && path ? queryOfHash(window.location.hash, path) : null,
  );

  const sync = () => {
    if (!isH5() || !path) return;
    const q = queryOfHash(window.location.hash, path);
    if (q) setFromUrl((prev) => (sameParams(prev, q) ? prev : q));
  };
  useDidShow(sync);
  useEffect(() => {
    if (!isH5()) return undefined;
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
  }, [path]);

  return fromUrl ?? router?.params ?? {};
}
