import { act, render, renderHook, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { TClueView } from '@recall/shared';
import { buildPassOn, canPassOn, consentText, EMPTY_PASS_ON } from '../../src/features/clues/crossProvince';
import { CrossProvinceList } from '../../src/features/clues/components/CrossProvinceList';
import { PassOnSheet } from '../../src/features/clues/components/PassOnSheet';
import { usePassOn } from '../../src/features/clues/usePassOn';
import { call } from '../../src/services/client';
import { ApiError } from '../../src/services/errors';

jest.mock('../../src/services/client', () => ({ call: jest.fn() }));
const callMock = call as jest.MockedFunction<typeof call>;

const PROVINCES = {
  parent: null,
  items: [
    { code: '310000', name: '上海市', leaf: false },
    { code: '320000', name: '江苏省', leaf: false },
    { code: '440000', name: '广东省', leaf: false },
  ],
};

/** A clue the province bureau holds, its producer registered in 深圳 (广东省). */
function clue(over: Partial<TClueView> = {}): TClueView {
  return {
    id: 5,
    receiptNo: 'XS20260401-0005',
    status: 'received',
    source: 'consumer',
    categoryCode: '01',
    productName: '电暖器',
    brand: '暖阳',
    model: null,
    batch: null,
    productionDate: null,
    gtin: null,
    producerName: '深圳某电器有限公司',
    producerUscc: '91440300708461136T',
    description: '使用时插头发烫',
    injury: 'none',
    fire: false,
    regionCode: '320505',
    regionName: '江苏省苏州市虎丘区',
    purchaseChannel: null,
    contact: { name: '张*', phone: '138****5678', address: '苏州市***' },
    photos: [],
    routing: { bureauCode: '320000', bureauName: '江苏省市场监督管理局', reason: '', copiedTo: [], copiedToNames: [] },
    mergedInto: null,
    recalls: [],
    createdAt: '2026-04-01T02:00:00.000Z',
    timeline: [],
    channel: 'weapp',
    shareConsent: false,
    crossProvince: null,
    ...over,
  } as TClueView;
}
const PROVINCE = { role: 'province' as const, org: { code: '320000', name: '江苏省市场监督管理局' } };

beforeEach(() => {
  Taro.clearStorageSync();
  callMock.mockReset();
});

describe('移送外省 is offered only where the server allows it', () => {
  test('the province, holding an open clue whose producer is outside the province', () => {
    expect(canPassOn(clue(), PROVINCE)).toBe(true);
    expect(canPassOn(clue({ status: 'verifying' }), { role: 'admin', org: null })).toBe(true);
    // No readable USCC: the producer may be anywhere, the officer decides.
    expect(canPassOn(clue({ producerUscc: null }), PROVINCE)).toBe(true);
  });

  test('not for a city bureau, a clue held by a city, closed, already passed on, or made in this province', () => {
    expect(canPassOn(clue(), { role: 'bureau', org: { code: '320500', name: '苏州市市场监督管理局' } })).toBe(false);
    const atCity = clue({ routing: { ...clue().routing, bureauCode: '320500', bureauName: '苏州市市场监督管理局' } });
    expect(canPassOn(atCity, PROVINCE)).toBe(false);
    expect(canPassOn(clue({ status: 'rejected' }), PROVINCE)).toBe(false);
    expect(canPassOn(clue({ status: 'passedOn' }), PROVINCE)).toBe(false);
    const passed = clue({
      crossProvince: {
        direction: 'out',
        provinceCode: '440000',
        authority: '广东省市场监督管理局',
        reference: null,
        at: '2026-04-02T02:00:00.000Z',
        label: '已移送广东省市场监督管理局',
      },
    });
    expect(canPassOn(passed, PROVINCE)).toBe(false);
    // Registered in 苏州 (江苏省): nothing to pass on.
    expect(canPassOn(clue({ producerUscc: '91320500MA1MABCDE3' }), PROVINCE)).toBe(false);
  });
});

describe('the sheet checks what was typed with the contract before sending', () => {
  test('a province must be picked, and not this one', () => {
    expect(buildPassOn(EMPTY_PASS_ON, '320000')).toEqual({ provinceCode: '请选择接收线索的省份' });
    expect(buildPassOn({ ...EMPTY_PASS_ON, provinceCode: '320000', provinceName: '江苏省' }, '320000')).toEqual({
      provinceCode: '应为生产者所在的其他省份',
    });
  });

  test('contact and note are required, the reference is optional', () => {
    const errors = buildPassOn({ ...EMPTY_PASS_ON, provinceCode: '440000', provinceName: '广东省' }, '320000');
    expect(errors).toHaveProperty('contact');
    expect(errors).toHaveProperty('note');
    expect(errors).not.toHaveProperty('reference');
    expect(
      buildPassOn(
        {
          provinceCode: '440000',
          provinceName: '广东省',
          contact: '王科长 020-1234567',
          reference: ' ',
          note: '请依法处理',
        },
        '320000',
      ),
    ).toEqual({
      kind: 'passOn',
      body: { provinceCode: '440000', contact: '王科长 020-1234567', reference: undefined, note: '请依法处理' },
    });
  });

  test('the reporter’s consent is stated', () => {
    expect(consentText(clue())).toBe('报告人未同意提供个人信息，材料包不含其姓名和联系方式');
    expect(consentText(clue({ shareConsent: true }))).toBe('报告人已同意提供个人信息，材料包含其姓名和联系方式');
  });
});

describe('usePassOn', () => {
  test('opens with the producer’s province named; the server’s 400 goes under its field', async () => {
    callMock.mockImplementation(((route: { path: string }) =>
      route.path === '/api/regions'
        ? Promise.resolve(PROVINCES)
        : Promise.reject(
            new ApiError(400, 'VALIDATION', '接收线索的省份不存在', [
              { path: 'provinceCode', message: '不是有效的省级行政区划代码' },
            ]),
          )) as never);
    const done = jest.fn();
    const c = clue();
    const s = renderHook(() => usePassOn(c, done));
    await act(() => s.result.current.open());
    expect(s.result.current.kind).toBe('passOn');
    expect(s.result.current.form).toMatchObject({ provinceCode: '440000', provinceName: '广东省' });

    act(() => s.result.current.setField('contact', '王科长 020-1234567'));
    act(() => s.result.current.setField('note', '请依法处理'));
    await act(() => s.result.current.confirm());
    expect(s.result.current.errors.provinceCode).toBe('不是有效的省级行政区划代码');
    expect(s.result.current.errors.form).toBe('接收线索的省份不存在');
    expect(done).not.toHaveBeenCalled();
    // The draft stays for another try.
    expect(Taro.getStorageSync('recall.draft.clue.5.passOn')).toContain('王科长');
  });

  test('sent: the clue as it is now comes back, the sheet closes', async () => {
    const after = clue({
      status: 'passedOn',
      crossProvince: {
        direction: 'out',
        provinceCode: '440000',
        authority: '广东省市场监督管理局',
        reference: null,
        at: '2026-04-02T02:00:00.000Z',
        label: '已移送广东省市场监督管理局',
      },
    });
    callMock.mockImplementation(((route: { path: string }) =>
      route.path === '/api/regions'
        ? Promise.resolve(PROVINCES)
        : route.path === '/api/clues/:id'
          ? Promise.resolve(after)
          : Promise.resolve({})) as never);
    const done = jest.fn();
    const c = clue();
    const s = renderHook(() => usePassOn(c, done));
    await act(() => s.result.current.open());
    act(() => s.result.current.setField('contact', '王科长'));
    act(() => s.result.current.setField('note', '请依法处理'));
    await act(() => s.result.current.confirm());
    expect(done).toHaveBeenCalledWith(after);
    expect(s.result.current.kind).toBeNull();
    expect(callMock.mock.calls.map(([r]) => (r as { path: string }).path)).toContain('/api/province/clues/:id/pass-on');
  });
});

test('the sheet names the receiving regulator and says what the package carries', async () => {
  callMock.mockResolvedValue(PROVINCES as never);
  const c = clue();
  function Harness() {
    const p = usePassOn(c, () => undefined);
    return (
      <>
        <button onClick={() => void p.open()}>open</button>
        <PassOnSheet c={c} p={p} />
      </>
    );
  }
  render(<Harness />);
  await act(async () => screen.getByText('open').click());
  expect(await screen.findByText('接收单位：广东省市场监督管理局')).toBeTruthy();
  expect(screen.getByText('报告人未同意提供个人信息，材料包不含其姓名和联系方式')).toBeTruthy();
});

test('跨省移送 lists what went out and came in, by the regulators’ names', async () => {
  callMock.mockResolvedValue({
    items: [
      {
        id: 2,
        clueId: 9,
        receiptNo: 'XS20260402-0009',
        productName: '电动自行车充电器',
        direction: 'in',
        provinceCode: '330000',
        authority: '浙江省市场监督管理局',
        contact: null,
        reference: '浙市监移〔2026〕8号',
        note: null,
        contactShared: false,
        at: '2026-04-02T02:00:00.000Z',
        packageUrl: null,
      },
      {
        id: 1,
        clueId: 5,
        receiptNo: 'XS20260401-0005',
        productName: '电暖器',
        direction: 'out',
        provinceCode: '440000',
        authority: '广东省市场监督管理局',
        contact: '王科长',
        reference: null,
        note: '请依法处理',
        contactShared: false,
        at: '2026-04-01T02:00:00.000Z',
        packageUrl: '/api/province/cross-province/1/package.zip',
      },
    ],
  } as never);
  const { container } = render(<CrossProvinceList />);
  expect(await screen.findByText('跨省移送（2）')).toBeTruthy();
  expect(container.querySelector('.cross-province--in')?.textContent).toContain('移入 · 来自浙江省市场监督管理局');
  expect(container.querySelector('.cross-province--in')?.textContent).toContain('来函文号 浙市监移〔2026〕8号');
  expect(container.querySelector('.cross-province--out')?.textContent).toContain('移出 · 至广东省市场监督管理局');
  expect(container.querySelector('.cross-province--out')?.textContent).toContain('下载移送材料包');
  expect(container.querySelector('.cross-province--in')?.textContent).not.toContain('下载移送材料包');
});
