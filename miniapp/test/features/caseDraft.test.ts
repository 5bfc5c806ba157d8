import { act, renderHook, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { TCaseActionOption, TCaseView } from '@recall/shared';
import { actOnCase, confirmReceipt, fetchCase, openCase } from '../../src/features/cases/api';
import { INVITE_FORM, OPEN_CASE_FORM, useInvite, useOpenCase } from '../../src/features/cases/useOpenCase';
import { createInvitation } from '../../src/features/cases/api';
import { caseDraftKey, useCaseForm, type CaseFormMode } from '../../src/features/cases/useCaseForm';
import type { Signer } from '../../src/features/cases/signer';

/**
 * An officer's case form survives going back: what was typed is kept per case and form, put back
 * when the form opens again, and dropped once filed. Forms naming the signer start with them.
 */
jest.mock('../../src/features/cases/api', () => ({
  fetchCase: jest.fn(),
  actOnCase: jest.fn(),
  confirmReceipt: jest.fn(),
  reportVoluntaryRecall: jest.fn(),
  openCase: jest.fn(),
  createInvitation: jest.fn(),
}));

const decide: TCaseActionOption = {
  action: 'decide',
  label: '作出处理决定',
  documents: ['decision'],
  note: 'optional',
  blockedReason: null,
};
const summary: TCaseActionOption = {
  ...decide,
  action: 'stage_summary',
  label: '提交阶段性总结',
  documents: ['stage_summary'],
};

const view = (actions: TCaseActionOption[], documents: unknown[] = []) =>
  ({ id: 7, actions, prefill: {}, documents }) as unknown as TCaseView;

const ACTION: CaseFormMode = { kind: 'action', id: 7, action: 'decide' };
const signer: Signer = { userId: 41, name: '李客服' };

async function open(mode: CaseFormMode, v: TCaseView, variant: 'bureau' | 'producer' = 'bureau') {
  (fetchCase as jest.Mock).mockResolvedValue(v);
  const hook = renderHook(() => useCaseForm(mode, {}, variant, signer));
  await waitFor(() => expect(hook.result.current.form.defs.length).toBeGreaterThan(0));
  return hook;
}

beforeEach(() => Taro.clearStorageSync());

describe('staff drafts', () => {
  it('keeps what was typed when the officer goes back, and puts it back on return', async () => {
    const first = await open(ACTION, view([decide]));
    act(() => {
      first.result.current.form.set('decision', 'review', '责令召回');
      first.result.current.setNote('已电话告知');
    });
    first.unmount(); // back
    const again = await open(ACTION, view([decide]));
    await waitFor(() => expect(again.result.current.form.values.decision.review).toBe('责令召回'));
    expect(again.result.current.note).toBe('已电话告知');
  });

  it('keeps one draft per case and form', async () => {
    const first = await open(ACTION, view([decide]));
    act(() => first.result.current.form.set('decision', 'review', '案件 7 的意见'));
    first.unmount();
    const other = await open({ kind: 'action', id: 8, action: 'decide' }, { ...view([decide]), id: 8 });
    expect(other.result.current.form.values.decision.review).toBe('');
    expect(caseDraftKey(ACTION, 'bureau')).not.toBe(caseDraftKey(ACTION, 'producer'));
  });

  it('drops the draft once the form is filed', async () => {
    (actOnCase as jest.Mock).mockResolvedValue(view([]));
    const first = await open(ACTION, view([decide]));
    act(() => first.result.current.form.set('decision', 'review', '责令召回'));
    await act(async () => {
      await first.result.current.submit();
    });
    expect(actOnCase).toHaveBeenCalled();
    first.unmount();
    const again = await open(ACTION, view([decide]));
    expect(again.result.current.form.values.decision.review).toBe('');
  });
});

describe('立案 draft', () => {
  const openForm = async () => {
    const hook = renderHook(() => useOpenCase(undefined));
    await waitFor(() => expect(hook.result.current.form.defs.length).toBe(1));
    return hook;
  };

  it('is kept on back and dropped once the case is opened', async () => {
    const first = await openForm();
    act(() => first.result.current.form.set(OPEN_CASE_FORM, 'productName', '暖阳牌电暖器'));
    first.unmount();
    const again = await openForm();
    await waitFor(() => expect(again.result.current.form.values[OPEN_CASE_FORM].productName).toBe('暖阳牌电暖器'));
    const facts: Record<string, string> = {
      categoryCode: '01',
      producerName: '苏州暖阳电器有限公司',
      producerUscc: '91320505MA1NYW2X7M',
      summary: '温控失灵，外壳过热。',
    };
    act(() => {
      for (const [k, v] of Object.entries(facts)) again.result.current.form.set(OPEN_CASE_FORM, k, v);
    });
    (openCase as jest.Mock).mockResolvedValue(view([]));
    await act(async () => {
      await again.result.current.submit();
    });
    expect(openCase).toHaveBeenCalled();
    again.unmount();
    const fresh = await openForm();
    expect(fresh.result.current.form.values[OPEN_CASE_FORM].productName).toBe('');
  });
});

describe('邀请码 draft', () => {
  const openForm = async () => {
    const hook = renderHook(() => useInvite());
    await waitFor(() => expect(hook.result.current.form.defs.length).toBe(1));
    return hook;
  };

  it('is kept on back and dropped once the code is issued', async () => {
    const first = await openForm();
    act(() => first.result.current.form.set(INVITE_FORM, 'producerName', '苏州暖阳电器有限公司'));
    first.unmount();
    const again = await openForm();
    await waitFor(() =>
      expect(again.result.current.form.values[INVITE_FORM].producerName).toBe('苏州暖阳电器有限公司'),
    );
    act(() => again.result.current.form.set(INVITE_FORM, 'producerUscc', '91320505MA1NYW2X7M'));
    (createInvitation as jest.Mock).mockResolvedValue({ code: 'ABCD-2345', expiresAt: '2026-12-03T00:00:00Z' });
    await act(async () => {
      await again.result.current.submit();
    });
    expect(createInvitation).toHaveBeenCalled();
    expect(again.result.current.result?.code).toBe('ABCD-2345');
    again.unmount();
    const fresh = await openForm();
    expect(fresh.result.current.form.values[INVITE_FORM].producerName).toBe('');
  });
});

describe('forms naming the signer', () => {
  const notice = { id: 3, docType: 'recall_notice', receipt: null, title: '召回通知书' };

  it('a producer’s 送达回执 starts with their name, and their phone once they have given it', async () => {
    (confirmReceipt as jest.Mock).mockResolvedValue(view([]));
    const mode: CaseFormMode = { kind: 'receipt', id: 7, docId: 3 };
    const first = await open(mode, view([], [notice]), 'producer');
    expect(first.result.current.form.values.receipt.recipientName).toBe('李客服');
    expect(first.result.current.form.values.receipt.recipientPhone).toBe('');
    act(() => {
      first.result.current.form.set('receipt', 'recipientTitle', '客服主管');
      first.result.current.form.set('receipt', 'recipientPhone', '0512-66668888');
    });
    await act(async () => {
      await first.result.current.submit();
    });
    expect(confirmReceipt).toHaveBeenCalled();
    first.unmount();
    const next = await open({ kind: 'action', id: 7, action: 'stage_summary' }, view([summary]), 'producer');
    expect(next.result.current.form.values.stage_summary.submitter).toBe('李客服');
    expect(next.result.current.form.values.stage_summary.submitterContact).toBe('0512-66668888');
  });

  it('the bureau’s paper receipt names the producer’s recipient, never the officer', async () => {
    const r = await open({ kind: 'receipt', id: 7, docId: 3 }, view([], [notice]), 'bureau');
    expect(r.result.current.form.values.receipt.recipientName).toBe('');
  });
});
