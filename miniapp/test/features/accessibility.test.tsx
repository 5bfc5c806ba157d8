import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { KeywordSearch } from '../../src/features/recalls/components/KeywordSearch';
import { CategoryChips } from '../../src/features/recalls/components/CategoryChips';
import { ReadingPrefs } from '../../src/features/account/components/MeSections';
import { largeTextStore, wechatWantsLargeText } from '../../src/services/prefs';
import { activatesOnKey, enableKeyboard, largeTextOnRoot } from '../../src/utils/a11y';

const nativeProps = (el: Element | null) => (el as { nativeProps?: unknown } | null)?.nativeProps;

describe("large text follows WeChat's font size (适老化) until the person chooses", () => {
  it.each([
    ['iOS standard, 17 px', { fontSizeSetting: 17, fontSizeScaleFactor: 1 }, false],
    ['Android standard, 16 px', { fontSizeSetting: 16, fontSizeScaleFactor: 1 }, false],
    ['iOS one step up, 18 px', { fontSizeSetting: 18, fontSizeScaleFactor: 18 / 17 }, false],
    ['iOS 414 screen two steps up, 20 px', { fontSizeSetting: 20, fontSizeScaleFactor: 20 / 17 }, true],
    ['关怀模式, 23.8 px', { fontSizeSetting: 23.8, fontSizeScaleFactor: 1.4 }, true],
    ['only the size given, 22 px', { fontSizeSetting: 22 }, true],
    ['nothing known', undefined, false],
  ])('%s → large text %s', (_, info, expected) => {
    expect(wechatWantsLargeText(info)).toBe(expected);
  });

  it('switched in 我的: kept either way, and carried to the root for the tab bar', () => {
    largeTextOnRoot(largeTextStore);
    render(<ReadingPrefs />);
    expect(document.documentElement.classList.contains('large-text')).toBe(false);
    // Taro's h5 Switch hands nativeProps to its checkbox (drawn by the browser; axe checks it in e2e).
    expect(nativeProps(document.querySelector('taro-switch-core'))).toEqual({ 'aria-label': '大字模式' });

    act(() => fireEvent.click(screen.getByText('大字模式')));
    expect(Taro.getStorageSync('recall.largeText')).toBe('1');
    expect(document.documentElement.classList.contains('large-text')).toBe(true);
    expect(screen.getByText('已开启：文字和按钮已放大')).toBeTruthy();

    // Off by choice is remembered too, so a large WeChat font no longer turns it back on.
    act(() => fireEvent.click(screen.getByText('大字模式')));
    expect(Taro.getStorageSync('recall.largeText')).toBe('0');
    expect(document.documentElement.classList.contains('large-text')).toBe(false);
  });
});

describe('keyboard and screen readers (h5)', () => {
  beforeAll(() => enableKeyboard(document));

  it('搜索 is a named button in the tab order that Enter and Space press', () => {
    const onSearch = jest.fn();
    const { container } = render(<KeywordSearch compact={false} onSearch={onSearch} />);
    const input = container.querySelector('taro-input-core') as HTMLElement;
    fireEvent(input, new CustomEvent('input', { detail: { value: '电暖器' } }));
    const go = screen.getByText('搜索').closest('[role="button"]') as HTMLElement;
    expect(go.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(go, { key: 'Enter' });
    fireEvent.keyDown(go, { key: ' ' });
    fireEvent.keyDown(go, { key: 'a' });
    expect(onSearch).toHaveBeenCalledTimes(2);
    expect(nativeProps(container.querySelector('.home-search__icon'))).toEqual({ alt: '' });
  });

  it('a category chip says whether it is the one chosen', () => {
    render(<CategoryChips value="02" onChange={() => undefined} />);
    const pressed = [...document.querySelectorAll('.cat-chip[aria-pressed="true"]')].map((e) => e.textContent);
    expect(pressed).toEqual(['儿童用品']);
    expect(document.querySelectorAll('.cat-chip[aria-pressed="false"]')).toHaveLength(10);
  });

  it.each([
    ['DIV', 'button', 'Enter', true],
    ['DIV', 'button', ' ', true],
    ['DIV', 'link', 'Enter', true],
    ['DIV', 'link', ' ', true],
    ['DIV', 'button', 'Tab', false],
    ['DIV', null, 'Enter', false],
    ['BUTTON', 'button', 'Enter', false],
    ['A', 'link', 'Enter', false],
  ])('a %s with role %s and the %j key: pressed %s', (tag, role, key, expected) => {
    const el = document.createElement(tag);
    if (role) el.setAttribute('role', role);
    expect(activatesOnKey(el, key)).toBe(expected);
  });
});
