import { act, renderHook } from '@testing-library/react';
import { createIncident } from '../../src/features/incidents/api';
import { useIncidentForm, type IncidentTextKey } from '../../src/features/incidents/useIncidentForm';

/** The producer's incident report form: checked with the contract's schema, counts sent as numbers, one key per report. */

jest.mock('../../src/features/incidents/api', () => ({
  createIncident: jest.fn(),
  fetchMyIncidents: jest.fn(),
  fetchIncident: jest.fn(),
}));

const FILLED: Array<[IncidentTextKey, string]> = [
  ['categoryCode', '01'],
  ['productName', '电暖器'],
  ['brand', '暖阳'],
  ['occurredOn', '2026-11-20'],
  ['regionCode', '320102'],
  ['regionName', '江苏省南京市玄武区'],
  ['description', '电源线处起火，引燃窗帘。'],
  ['deaths', '1'],
  ['measures', '已暂停该批次发货。'],
  ['contactName', '王经理'],
  ['contactPhone', '13912345678'],
];

function fill(form: ReturnType<typeof useIncidentForm>, pairs = FILLED) {
  for (const [k, v] of pairs) form.setText(k, v);
}

beforeEach(() => (createIncident as jest.Mock).mockReset());

test('a filled report is sent once with numbers for the counts and nothing for what was left empty', async () => {
  (createIncident as jest.Mock).mockResolvedValue({ id: 7 });
  const { result } = renderHook(() => useIncidentForm());
  act(() => fill(result.current));
  let sent: unknown;
  await act(async () => {
    sent = await result.current.submit();
  });
  expect(sent).toEqual({ id: 7 });
  const [body, key] = (createIncident as jest.Mock).mock.calls[0];
  expect(body).toMatchObject({
    categoryCode: '01',
    productName: '电暖器',
    harm: { deaths: 1, seriousInjuries: 0, minorInjuries: 0, fire: false },
    contact: { name: '王经理', phone: '13912345678' },
    photoIds: [],
  });
  expect(body.model).toBeUndefined();
  expect(body.contact.address).toBeUndefined();
  expect(key).toMatch(/^[0-9a-f-]{36}$/);
});

test('no harm at all, a bad count and a missing date are shown under their fields, nothing is sent', async () => {
  const { result } = renderHook(() => useIncidentForm());
  act(() => fill(result.current, [...FILLED.filter(([k]) => k !== 'occurredOn'), ['deaths', '0']]));
  await act(async () => {
    await result.current.submit();
  });
  expect(result.current.errors).toMatchObject({
    occurredOn: '缺少事发日期',
    harm: '请填写伤亡人数、是否引发火灾或财产损失情况',
  });
  act(() => result.current.setText('seriousInjuries', '1.5'));
  expect(result.current.errors.harm).toBeUndefined();
  await act(async () => {
    await result.current.submit();
  });
  expect(result.current.errors['harm.seriousInjuries']).toBe('重伤人数应为整数');
  expect(createIncident).not.toHaveBeenCalled();
});
