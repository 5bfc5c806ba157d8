import { act, renderHook, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ZRecallRequestCreate } from '@recall/shared';
import { ApiError } from '../../src/services/errors';
import { useZodForm } from '../../src/hooks/useZodForm';

/** A remedy request typed by a person (text as typed), checked with the contract's schema. */
interface Values {
  quantity: string;
  preferredRemedy: string;
  contactName: string;
  contactPhone: string;
}
const FIELDS = ['quantity', 'preferredRemedy', 'contact.name', 'contact.phone'] as const;
type Field = (typeof FIELDS)[number];

const filled: Values = { quantity: '2', preferredRemedy: 'repair', contactName: '张三', contactPhone: '13800138000' };

function toBody(v: Values) {
  return {
    quantity: /^\d+$/.test(v.quantity) ? Number(v.quantity) : v.quantity,
    preferredRemedy: v.preferredRemedy || undefined,
    contact: { name: v.contactName, phone: v.contactPhone, address: '苏州市姑苏区' },
  };
}

function setup(onSubmit: jest.Mock, initial: Values = filled) {
  return renderHook(() =>
    useZodForm<Values, Field, unknown, string>({
      schema: ZRecallRequestCreate,
      initial,
      fields: FIELDS,
      fieldClass: (f) => `rr-${f.replace('.', '-')}`,
      toBody,
      fieldOfKey: (k) => (k === 'contactName' ? 'contact.name' : k === 'contactPhone' ? 'contact.phone' : k),
      check: (v) => ({ preferredRemedy: v.preferredRemedy ? undefined : '请选择希望的补救方式' }),
      onSubmit,
      draftNoun: '申请',
    }),
  );
}

let scroll: jest.SpyInstance;
beforeEach(() => {
  scroll = jest.spyOn(Taro, 'pageScrollTo').mockResolvedValue({ errMsg: 'pageScrollTo:ok' } as never);
});
afterEach(() => scroll.mockRestore());

describe('useZodForm', () => {
  it('holds values and sends the parsed body', async () => {
    const onSubmit = jest.fn().mockResolvedValue('ok');
    const { result } = setup(onSubmit);
    act(() => result.current.set('quantity', '3'));
    expect(result.current.values.quantity).toBe('3');
    let answer: string | null = null;
    await act(async () => {
      answer = await result.current.submit();
    });
    expect(answer).toBe('ok');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ quantity: 3, preferredRemedy: 'repair' });
    expect(result.current.submitting).toBe(false);
  });

  it("shows the schema's Chinese messages under their fields and scrolls to the first", async () => {
    const onSubmit = jest.fn();
    const { result } = setup(onSubmit, { ...filled, quantity: '0', contactPhone: '12' });
    const onValid = jest.fn();
    await act(async () => {
      expect(await result.current.submit(onValid)).toBeNull();
    });
    expect(result.current.errors.quantity).toBe('数量至少为 1');
    expect(result.current.errors['contact.phone']).toMatch(/电话|手机/);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onValid).not.toHaveBeenCalled();
    await waitFor(() => expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '.rr-quantity' })));
  });

  it("lets the form's own words win over the schema's, and clears an error when its field changes", async () => {
    const { result } = setup(jest.fn(), { ...filled, preferredRemedy: '' });
    await act(async () => {
      await result.current.submit();
    });
    expect(result.current.errors.preferredRemedy).toBe('请选择希望的补救方式');
    act(() => result.current.set('preferredRemedy', 'refund'));
    expect(result.current.errors.preferredRemedy).toBeUndefined();
  });

  it("puts the server's 400 issues under their fields", async () => {
    const onSubmit = jest
      .fn()
      .mockRejectedValue(
        new ApiError(400, 'VALIDATION', '请求参数有误', [{ path: 'contact.phone', message: '请填写正确的手机号码' }]),
      );
    const { result } = setup(onSubmit);
    await act(async () => {
      expect(await result.current.submit()).toBeNull();
    });
    expect(result.current.errors).toEqual({ 'contact.phone': '请填写正确的手机号码' });
    await waitFor(() =>
      expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '.rr-contact-phone' })),
    );
  });

  it("shows the server's message on the form when no issue has a field, and says a draft is kept offline", async () => {
    const onSubmit = jest.fn().mockRejectedValueOnce(new ApiError(409, 'CLOSED', '该召回已结束，不再受理申请'));
    const { result } = setup(onSubmit);
    await act(async () => {
      await result.current.submit();
    });
    expect(result.current.errors).toEqual({ form: '该召回已结束，不再受理申请' });
    onSubmit.mockRejectedValueOnce(new ApiError(0, 'NETWORK', '网络连接失败'));
    await act(async () => {
      await result.current.submit();
    });
    expect(result.current.errors.form).toMatch(/^网络连接失败。申请尚未确认提交，草稿已保存在手机上/);
  });

  it('sends once when tapped twice before the answer', async () => {
    let answer: (v: string) => void = () => undefined;
    const onSubmit = jest.fn(() => new Promise<string>((resolve) => (answer = resolve)));
    const { result } = setup(onSubmit);
    let first: Promise<string | null> = Promise.resolve(null);
    let second: string | null = 'not yet';
    await act(async () => {
      first = result.current.submit();
      second = await result.current.submit();
    });
    expect(second).toBeNull();
    expect(result.current.submitting).toBe(true);
    await act(async () => {
      answer('done');
      expect(await first).toBe('done');
    });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(result.current.submitting).toBe(false);
  });
});
