import { act, renderHook } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { useActionSheet } from '../../src/hooks/useActionSheet';

/**
 * An officer's half-written action (a clue's 不予受理 reason, a request's 安排 note) survives closing
 * the sheet and leaving the page: it is kept per record and action, and dropped once sent.
 */
type Kind = 'reject' | 'merge';
interface Form {
  reason: string;
  intoClueId: string;
}
const EMPTY: Form = { reason: '', intoClueId: '' };
const keyOf = (k: Kind) => `recall.draft.clue.5.${k}`;
const DONE = { reject: '已不予受理', merge: '已合并' };

const sheetOn = () => renderHook(() => useActionSheet<Kind, Form>(EMPTY, keyOf));

beforeEach(() => Taro.clearStorageSync());

test('what was typed comes back when the sheet opens again, also after leaving the page', () => {
  const first = sheetOn();
  act(() => first.result.current.open('reject', EMPTY));
  act(() => first.result.current.setField('reason', '属于质量纠纷，建议拨打 12315'));
  act(() => first.result.current.close());
  first.unmount();

  const again = sheetOn();
  act(() => again.result.current.open('reject', EMPTY));
  expect(again.result.current.form.reason).toBe('属于质量纠纷，建议拨打 12315');
  // Each action keeps its own draft.
  act(() => again.result.current.open('merge', EMPTY));
  expect(again.result.current.form).toEqual(EMPTY);
});

test('a tap that chooses a value wins over the draft; the draft wins over the prefill', () => {
  const s = sheetOn();
  act(() => s.result.current.open('merge', EMPTY));
  act(() => s.result.current.setField('intoClueId', '9'));
  act(() => s.result.current.open('merge', { ...EMPTY, intoClueId: '3' }));
  expect(s.result.current.form.intoClueId).toBe('9');
  act(() => s.result.current.open('merge', EMPTY, { intoClueId: '12' }));
  expect(s.result.current.form.intoClueId).toBe('12');
});

test('sent: the draft is gone; refused by the server: it stays', async () => {
  const s = sheetOn();
  act(() => s.result.current.open('reject', EMPTY));
  act(() => s.result.current.setField('reason', '不属于缺陷线索'));
  await act(() =>
    s.result.current.confirm({ kind: 'reject' as const }, () => Promise.reject(new Error('网络不给力')), DONE),
  );
  expect(s.result.current.errors.form).toBeTruthy();
  expect(Taro.getStorageSync(keyOf('reject'))).toContain('不属于缺陷线索');

  await act(() => s.result.current.confirm({ kind: 'reject' as const }, () => Promise.resolve(), DONE));
  expect(s.result.current.kind).toBeNull();
  expect(Taro.getStorageSync(keyOf('reject'))).toBeFalsy();
  act(() => s.result.current.open('reject', EMPTY));
  expect(s.result.current.form.reason).toBe('');
});
