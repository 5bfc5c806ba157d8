import { act, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ZStaffClueCreateRequest } from '@recall/shared';
import { ClueFormBody, staffSources } from '../../src/features/clues/components/ClueForm';
import { FromProvinceFields } from '../../src/features/clues/components/FromProvinceFields';
import { newDraft, type ClueDraft } from '../../src/features/clues/clueDraft';
import { checkDraft, draftToBody, useClueForm, type ClueForm } from '../../src/features/clues/useClueForm';
import { call } from '../../src/services/client';

jest.mock('../../src/services/client', () => ({ call: jest.fn() }));
const callMock = call as jest.MockedFunction<typeof call>;

/** A staff entry of a clue 浙江省 passed on, filled in but for what the test leaves out. */
function draft(over: Partial<ClueDraft> = {}): ClueDraft {
  return {
    ...newDraft(),
    source: 'otherProvince',
    categoryCode: '01',
    productName: '电暖器',
    description: '使用时插头发烫',
    injury: 'none',
    regionCode: '320505',
    regionName: '江苏省苏州市虎丘区',
    fromProvinceCode: '330000',
    fromProvinceName: '浙江省',
    fromReference: '浙市监移〔2026〕8号',
    ...over,
  };
}

beforeEach(() => {
  Taro.clearStorageSync();
  callMock.mockReset();
  callMock.mockResolvedValue({
    parent: null,
    items: [
      { code: '320000', name: '江苏省', leaf: false },
      { code: '330000', name: '浙江省', leaf: false },
    ],
  } as never);
});

describe('外省移送: the sending province and its reference', () => {
  test('go with a clue of that source, and pass the contract', () => {
    const body = draftToBody(draft(), 'staff');
    expect(body).toMatchObject({
      source: 'otherProvince',
      fromProvinceCode: '330000',
      fromReference: '浙市监移〔2026〕8号',
    });
    expect(ZStaffClueCreateRequest.safeParse(body).success).toBe(true);
  });

  test('are required (the province) before sending', () => {
    expect(checkDraft(draft({ fromProvinceCode: '', fromProvinceName: '' }), 'staff').fromProvinceCode).toBe(
      '请选择移送线索的省份',
    );
    expect(checkDraft(draft(), 'staff').fromProvinceCode).toBeUndefined();
    const body = draftToBody(draft({ fromProvinceCode: '', fromReference: '' }), 'staff');
    const r = ZStaffClueCreateRequest.safeParse(body);
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === 'fromProvinceCode')?.message).toBe('请选择移送线索的省份');
  });

  test('are left out when another source is chosen after them', () => {
    const body = draftToBody(draft({ source: 'complaint' }), 'staff');
    expect(body).not.toHaveProperty('fromProvinceCode');
    expect(body).not.toHaveProperty('fromReference');
    expect(checkDraft(draft({ source: 'complaint', fromProvinceCode: '' }), 'staff')).not.toHaveProperty(
      'fromProvinceCode',
      expect.any(String),
    );
  });
});

describe('the form shows them only with that source, for the province', () => {
  let form: ClueForm | null = null;
  function Harness({ province }: { province: boolean }) {
    const f = useClueForm('staff', jest.fn());
    form = f;
    return (
      <ClueFormBody
        form={f}
        fromProvince={province ? <FromProvinceFields form={f} ownProvince="320000" /> : undefined}
      />
    );
  }

  test('a province entering 外省移送 gets 移送省份 and 来函文号', async () => {
    render(<Harness province />);
    expect(screen.queryByText('移送省份')).toBeNull();
    await act(async () => form!.set('source', 'otherProvince'));
    expect(screen.getByText('移送省份')).toBeTruthy();
    expect(screen.getByText('来函文号')).toBeTruthy();
    expect(await screen.findByText('请选择移送线索的省份')).toBeTruthy();
    await act(async () => {
      form!.set('fromProvinceCode', '330000');
      form!.set('fromProvinceName', '浙江省');
    });
    expect(document.querySelector('.report-from-province')?.textContent).toContain('浙江省');
    await act(async () => form!.set('source', 'complaint'));
    expect(screen.queryByText('移送省份')).toBeNull();
  });

  test('a city bureau is not offered the source at all', () => {
    expect(staffSources(false)).not.toContain('otherProvince');
    expect(staffSources(true)).toContain('otherProvince');
    expect(staffSources(true)).not.toContain('producerIncident');
    render(<Harness province={false} />);
    act(() => form!.set('source', 'otherProvince'));
    expect(screen.queryByText('移送省份')).toBeNull();
  });
});
