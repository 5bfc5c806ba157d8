import { act, render, screen } from '@testing-library/react';
import { addCalendarDays, todayInShanghai, type TCaseRecordList } from '@recall/shared';
import { ProducerRecords } from '../../src/features/cases/records/ProducerRecords';
import { fetchCaseRecords } from '../../src/features/cases/records/api';

jest.mock('../../src/features/cases/records/api', () => ({ fetchCaseRecords: jest.fn() }));

const today = todayInShanghai();
const base = {
  caseId: 1,
  createdAt: '2026-03-30T06:00:00.000Z',
  recordedBy: '苏州市市场监督管理局',
  photos: [],
  files: [],
};
/** What the server sends a producer: its interviews and the measures against it, no bureau note. */
const LIST: TCaseRecordList = {
  canRecord: false,
  items: [
    {
      ...base,
      id: 1,
      kind: 'interview',
      kindLabel: '约谈',
      occurredOn: addCalendarDays(today, -20),
      interview: {
        heldOn: addCalendarDays(today, -20),
        place: '苏州市市场监督管理局 302 会议室',
        bureauAttendees: [{ name: '王明', certificateNo: '32050012345' }],
        producerAttendees: [{ name: '赵强', title: '质量部经理' }],
        requirements: '十个工作日内报告调查分析结果。',
        commitments: '按期报告。',
        dueOn: addCalendarDays(today, -2),
      },
    },
    {
      ...base,
      id: 2,
      kind: 'measure',
      kindLabel: '处理措施',
      occurredOn: addCalendarDays(today, -1),
      measure: {
        kind: 'administrative_penalty',
        kindLabel: '行政处罚',
        takenOn: addCalendarDays(today, -1),
        decisionNo: '苏市监罚〔2026〕18号',
        amount: 50000,
        content: '处罚款五万元。',
        dueOn: addCalendarDays(today, 14),
        note: null,
      },
    },
    {
      ...base,
      id: 3,
      kind: 'measure',
      kindLabel: '处理措施',
      occurredOn: today,
      measure: {
        kind: 'credit_record',
        kindLabel: '纳入企业信用记录',
        takenOn: today,
        content: '列入严重失信记录。',
        note: null,
      },
    },
  ],
};

describe('约谈和处理措施 on the producer case page', () => {
  it('shows what the producer must do and by when, the items with a 期限 first', async () => {
    (fetchCaseRecords as jest.Mock).mockResolvedValue(LIST);
    const { container } = render(<ProducerRecords caseId={1} />);
    await act(async () => void (await Promise.resolve()));
    expect(fetchCaseRecords).toHaveBeenCalledWith(1);
    expect(screen.getByText('有期限的事项 2 项，其中已逾期 1 项')).toBeTruthy();
    expect(screen.getByText('十个工作日内报告调查分析结果。')).toBeTruthy();
    expect(screen.getByText('处罚款五万元。')).toBeTruthy();
    expect(screen.getByText(`${addCalendarDays(today, -2)}，已逾期 2 天`)).toBeTruthy();
    expect(screen.getByText(`${addCalendarDays(today, 14)} 前，还剩 14 天`)).toBeTruthy();
    // Newest first among those with a 期限; the one without comes last.
    const order = [...container.querySelectorAll('.record-item')].map((e) => e.getAttribute('data-record-id'));
    expect(order).toEqual(['2', '1', '3']);
    expect(container.querySelector('.record-item__due--overdue')).toBeTruthy();
  }, 60_000);

  it('says so when the case has none', async () => {
    (fetchCaseRecords as jest.Mock).mockResolvedValue({ canRecord: false, items: [] });
    render(<ProducerRecords caseId={2} />);
    await act(async () => void (await Promise.resolve()));
    expect(screen.getByText('本案件没有约谈或处理措施')).toBeTruthy();
  }, 60_000);
});
