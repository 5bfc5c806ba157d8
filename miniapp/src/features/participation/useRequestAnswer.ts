import { useState } from 'react';
import Taro from '@tarojs/taro';
import {
  requestConsumerStepsFor,
  ZRequestDispute,
  type RecallRequestStatus,
  type RequestConsumerAction,
  type TRecallRequestView,
} from '@recall/shared';
import { confirmRequest, disputeRequest } from './api';
import { errorMessage } from '../../services/errors';

/**
 * What the consumer may answer on their request, from the remedy-request table of @recall/shared
 * (the server enforces the same table): 确认已完成 or 对完成有异议 once customer service completed it.
 */
export function allowedAnswers(status: RecallRequestStatus): RequestConsumerAction[] {
  return requestConsumerStepsFor(status)
    .map((s) => s.action)
    .filter((a): a is RequestConsumerAction => a === 'confirm' || a === 'dispute');
}

/**
 * The consumer's answer to a completion: confirm it, or dispute it with a written reason (checked
 * with the contract schema before sending). `onDone` receives the updated request.
 */
export function useRequestAnswer(request: TRecallRequestView | null, onDone: (r: TRecallRequestView) => void) {
  const [disputing, setDisputing] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const answers = request ? allowedAnswers(request.status) : [];

  const send = async (run: () => Promise<TRecallRequestView>, done: string) => {
    setSending(true);
    try {
      onDone(await run());
      setDisputing(false);
      setNote('');
      void Taro.showToast({ title: done, icon: 'success' });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSending(false);
    }
  };

  const confirm = () => (request ? send(() => confirmRequest(request.id, {}), '已确认完成') : undefined);

  const dispute = () => {
    if (!request) return;
    const r = ZRequestDispute.safeParse({ note: note.trim() });
    if (!r.success) return setError(r.error.issues[0]?.message ?? '请填写异议说明');
    setError(null);
    return send(() => disputeRequest(request.id, r.data), '已提交异议');
  };

  return { answers, disputing, setDisputing, note, setNote, error, sending, confirm, dispute };
}
