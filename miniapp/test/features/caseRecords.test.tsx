import { act, fireEvent, render, screen } from '@testing-library/react';
import { todayInShanghai, type TCaseRecordList } from '@recall/shared';
import { CaseRecords } from '../../src/features/cases/records/CaseRecords';
import { fetchCaseRecords, recordMeasure } from '../../src/features/cases/records/api';

jest.mock('../../src/features/cases/records/api', () => ({
  fetchCaseRecords: jest.fn(),
  recordInspection: jest.fn(),
  recordInterview: jest.fn(),
  recordMeasure: jest.fn(),
  uploadRecordFile: jest.fn(),
}));

const LIST: TCaseRecordList = {
  canRecord: true,
  items: [
    {
      id: 7,
      caseId: 1,
      kind: 'inspection',
      kindLabel: '现场调查',
      occurredOn: '2026-03-30',
      createdAt: '2026-03-30T06:00:00.000Z',
      recordedBy: '王科长（苏州市市场监督管理局）',
      photos: [],
      files: [{ id: 'f1', name: '抽样单.pdf', type: 'pdf', bytes: 2048, url: '/api/record-files/f1?exp=1&sig=x' }],
      inspection: {
        inspectedOn: '2026-03-30',
        place: '暖阳电器生产车间',
        investigators: [
          { name: '王明', certificateNo: '32050012345' },
          { name: '李华', certificateNo: '32050012346' },
        ],
        partyName: '苏州暖阳电器有限公司',
        partyPresent: '赵强',
        inspected: '抽取成品 3 台',
        findings: '来料检验记录缺失',
      },
      docxUrl: '/api/case-records/7/record.docx?exp=1&sig=x',
    },
  ],
};

const type = (el: Element, value: string) => fireEvent(el, new CustomEvent('input', { detail: { value } }));
const flush = () => act(async () => void (await Promise.resolve()));

describe('the 记录 section of the bureau case page', () => {
  beforeEach(() => {
    (fetchCaseRecords as jest.Mock).mockResolvedValue(LIST);
    (recordMeasure as jest.Mock).mockReset();
  });

  it('lists the records with their officers, files and the 现场检查笔录', async () => {
    render(<CaseRecords caseId={1} producerName="苏州暖阳电器有限公司" />);
    await flush();
    expect(screen.getByText('现场调查')).toBeTruthy();
    expect(screen.getByText('王明（32050012345）、李华（32050012346）')).toBeTruthy();
    expect(screen.getByText('抽样单.pdf（2 KB）')).toBeTruthy();
    expect(screen.getByText('现场检查笔录')).toBeTruthy();
  }, 60_000);

  it('checks a measure before sending it, then sends it once with its key', async () => {
    (recordMeasure as jest.Mock).mockResolvedValue({ id: 8 });
    const { container } = render(<CaseRecords caseId={1} producerName="苏州暖阳电器有限公司" />);
    await flush();
    act(() => void fireEvent.click(screen.getByText('记录处理措施')));
    await act(async () => void fireEvent.click(screen.getByText('保存记录')));
    expect(screen.getByText('行政处罚请填写处罚决定书文号')).toBeTruthy();
    expect(recordMeasure).not.toHaveBeenCalled();

    type(container.querySelector('.rec-input-decisionNo')!, '苏市监罚〔2026〕18号');
    type(container.querySelector('.rec-input-content')!, '处罚款五万元。');
    await act(async () => void fireEvent.click(screen.getByText('保存记录')));
    await flush();
    expect(recordMeasure).toHaveBeenCalledTimes(1);
    const [caseId, body, key] = (recordMeasure as jest.Mock).mock.calls[0];
    expect(caseId).toBe(1);
    expect(body).toEqual({
      kind: 'administrative_penalty',
      takenOn: todayInShanghai(),
      decisionNo: '苏市监罚〔2026〕18号',
      content: '处罚款五万元。',
      fileIds: [],
    });
    expect(key).toMatch(/^rec-/);
  }, 60_000);
});
