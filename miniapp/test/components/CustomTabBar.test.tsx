import { act, render } from '@testing-library/react';
import CustomTabBar from '../../src/custom-tab-bar';
import { PAGES } from '../../src/constants/routes';
import { setUnread } from '../../src/features/notify/unread';
import { largeTextStore } from '../../src/services/prefs';
import { selectedTab } from '../../src/services/tabBar';

/**
 * The weapp's own tab bar, drawn from three stores: the tab page showing, the unread count and the
 * large-text mode. (Taps and switchTab run in the weapp runtime: tests/wechat/tab-bar.test.ts.)
 */
const items = (c: HTMLElement) => [...c.querySelectorAll('.tab-bar__item')];

describe('CustomTabBar', () => {
  afterEach(() => act(() => setUnread(0)));

  it('draws the four tabs and marks the one whose page shows', () => {
    act(() => selectedTab.set(PAGES.messages));
    const { container } = render(<CustomTabBar />);
    expect(items(container).map((i) => i.textContent)).toEqual(['查询', '报告', '消息', '我的']);
    expect(container.querySelectorAll('.tab-bar__item--on')).toHaveLength(1);
    expect(container.querySelector('.tab-bar__item--on')?.textContent).toBe('消息');
    act(() => selectedTab.set(PAGES.me));
    expect(container.querySelector('.tab-bar__item--on')?.textContent).toBe('我的');
  });

  it('shows the unread count on 消息 only, capped at 99+', () => {
    const { container } = render(<CustomTabBar />);
    expect(container.querySelector('.tab-bar__badge')).toBeNull();
    act(() => setUnread(3));
    expect(container.querySelectorAll('.tab-bar__badge')).toHaveLength(1);
    expect(items(container)[2].querySelector('.tab-bar__badge')?.textContent).toBe('3');
    act(() => setUnread(120));
    expect(items(container)[2].querySelector('.tab-bar__badge')?.textContent).toBe('99+');
    act(() => setUnread(0));
    expect(container.querySelector('.tab-bar__badge')).toBeNull();
  });

  it('follows the large-text mode', () => {
    const { container } = render(<CustomTabBar />);
    act(() => largeTextStore.set(true));
    expect(container.querySelector('.tab-bar--large')).not.toBeNull();
    act(() => largeTextStore.set(false));
    expect(container.querySelector('.tab-bar--large')).toBeNull();
  });
});
