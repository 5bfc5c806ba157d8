import { renderHook, waitFor } from '@testing-library/react';
import { caseStep, type TCaseActionOption, type TCaseView } from '@recall/shared';
import { fetchCase } from '../../src/features/cases/api';
import { caseFormMode, useCaseForm, type CaseFormMode } from '../../src/features/cases/useCaseForm';

/** The case forms offer what the case table and the server's options allow, nothing copied by hand. */

jest.mock('../../src/features/cases/api', () => ({
  fetchCase: jest.fn(),
  actOnCase: jest.fn(),
  confirmReceipt: jest.fn(),
  reportVoluntaryRecall: jest.fn(),
}));

const option = (o: Partial<TCaseActionOption>): TCaseActionOption => ({
  action: 'notify_investigation',
  label: '签发调查分析通知书',
  documents: ['investigation_notice'],
  note: 'none',
  blockedReason: null,
  ...o,
});

function caseView(actions: TCaseActionOption[], documents: unknown[] = []): TCaseView {
  return { id: 5, actions, prefill: {}, documents } as unknown as TCaseView;
}

async function formsOf(mode: CaseFormMode, view?: TCaseView) {
  if (view) (fetchCase as jest.Mock).mockResolvedValue(view);
  const { result } = renderHook(() => useCaseForm(mode, { name: '某电器有限公司', uscc: '91440300708461136T' }));
  if (view) await waitFor(() => expect(result.current.loading).toBe(false));
  return result;
}

describe('case forms from the case table', () => {
  it('an action offered by the case opens one form per document it files', async () => {
    const r = await formsOf({ kind: 'action', id: 5, action: 'notify_investigation' }, caseView([option({})]));
    await waitFor(() => expect(r.current.form.defs.map((d) => d.key)).toEqual(['investigation_notice']));
    expect(r.current.unavailable).toBeNull();
    expect(r.current.title).toBe('签发调查分析通知书');
  });

  it('an action the case does not offer now, or one a guard stops, opens no form and says why', async () => {
    const gone = await formsOf({ kind: 'action', id: 5, action: 'notify_investigation' }, caseView([]));
    expect(gone.current.unavailable).toMatch(/当前不可办理/);
    expect(gone.current.form.defs).toEqual([]);

    const blocked = option({ blockedReason: '立案后 3 个工作日内通知生产者，期限未到不能启动缺陷调查' });
    const stopped = await formsOf({ kind: 'action', id: 5, action: 'notify_investigation' }, caseView([blocked]));
    expect(stopped.current.unavailable).toBe(blocked.blockedReason);
    expect(stopped.current.form.defs).toEqual([]);
  });

  it('a voluntary recall report files the documents of the table’s 主动召回 entry, prefilled with the producer', async () => {
    const r = await formsOf({ kind: 'voluntary' });
    await waitFor(() => expect(r.current.form.defs.map((d) => d.key)).toEqual([...caseStep('voluntary').documents]));
    expect(r.current.form.values.recall_plan.producerName).toBe('某电器有限公司');
    expect(r.current.title).toBe('报告主动召回');
  });

  it('a receipt files the documents of the table’s 确认送达 step, once', async () => {
    const notice = { id: 9, receipt: null };
    const r = await formsOf({ kind: 'receipt', id: 5, docId: 9 }, caseView([], [notice]));
    await waitFor(() =>
      expect(r.current.form.defs.map((d) => d.key)).toEqual([...caseStep('confirm_receipt').documents]),
    );
    const done = { id: 9, receipt: { confirmedAt: '2026-03-02T08:00:00Z' } };
    const again = await formsOf({ kind: 'receipt', id: 5, docId: 9 }, caseView([], [done]));
    expect(again.current.unavailable).toBe('该文书已于 2026-03-02 确认送达。');
  });

  it('reads its mode from the page query', () => {
    expect(caseFormMode({ voluntary: '1' })).toEqual({ kind: 'voluntary' });
    expect(caseFormMode({}, 5, 9)).toEqual({ kind: 'receipt', id: 5, docId: 9 });
    expect(caseFormMode({ action: 'notify_investigation' }, 5)).toEqual({
      kind: 'action',
      id: 5,
      action: 'notify_investigation',
    });
    expect(caseFormMode({ action: 'DROP TABLE' }, 5)).toEqual({ kind: 'invalid' });
  });
});
