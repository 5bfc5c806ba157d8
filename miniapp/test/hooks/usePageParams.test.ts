import { act, renderHook } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import { queryOfHash, usePageParams } from '../../src/hooks/usePageParams';
import { page } from '../support/page';

/** A page follows the URL in the browser: an edited address is what the page shows. */
const SEARCH = '/pages/search/index';

function openAt(hash: string) {
  window.location.hash = hash;
  Current.router = {
    path: `${SEARCH}?stamp=1`,
    params: { q: '电暖器', stamp: '1' },
    onReady: '',
    onHide: '',
    onShow: '',
  };
}

const changeUrl = async (hash: string) => {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await Promise.resolve();
  });
};

afterEach(() => {
  Current.router = null;
});

describe('queryOfHash', () => {
  it('reads this page’s query, decoded', () => {
    expect(queryOfHash(`#${SEARCH}?q=%E5%84%BF%E7%AB%A5&category=01`, SEARCH)).toEqual({ q: '儿童', category: '01' });
    expect(queryOfHash(`#${SEARCH}`, 'pages/search/index?stamp=2')).toEqual({});
  });

  it('says nothing of another page’s URL', () => {
    expect(queryOfHash('#/pages/recall/index?id=3', SEARCH)).toBeNull();
  });
});

describe('usePageParams', () => {
  it('starts from the URL and follows it when the address changes', async () => {
    openAt(`#${SEARCH}?q=${encodeURIComponent('电暖器')}`);
    const { result } = renderHook(() => usePageParams());
    expect(result.current).toEqual({ q: '电暖器' });
    await changeUrl(`#${SEARCH}?q=${encodeURIComponent('儿童')}`);
    expect(result.current).toEqual({ q: '儿童' });
  });

  it('keeps its query while another page is in the address, and takes the new one when shown again', async () => {
    openAt(`#${SEARCH}?q=a`);
    const { result } = renderHook(() => usePageParams());
    const before = result.current;
    await changeUrl('#/pages/recall/index?id=3');
    expect(result.current).toBe(before);
    window.location.hash = `#${SEARCH}?q=b`;
    await page.show();
    expect(result.current).toEqual({ q: 'b' });
  });

  it('outside a page it is the router’s (empty) query', () => {
    const { result } = renderHook(() => usePageParams());
    expect(result.current).toEqual({});
  });
});
