import { fireEvent, render, screen } from '@testing-library/react';
import { NoResults } from '../../src/features/recalls/components/NoResults';

describe('the search found nothing', () => {
  it('says what was searched, offers close matches to search, the way to report, and never "safe"', () => {
    const onPick = jest.fn();
    const onReport = jest.fn();
    const { container } = render(
      <NoResults
        criteria={{ q: '暖阳吹风机', category: '01' }}
        dataAsOf="2026-11-20T02:00:00Z"
        closeMatches={[{ text: '暖阳', kind: 'brand' }]}
        onPick={onPick}
        onReport={onReport}
      />,
    );
    expect(screen.getByText('没有找到与“暖阳吹风机”、类别“电子电器”相关的召回信息')).toBeTruthy();
    expect(container.textContent!.split('未查到召回不代表产品没有安全隐患').length - 1).toBe(1);
    fireEvent.click(screen.getByText('暖阳'));
    expect(onPick).toHaveBeenCalledWith('暖阳');
    fireEvent.click(screen.getByText('报告产品缺陷'));
    expect(onReport).toHaveBeenCalled();
  });

  it('names a bar code as printed, and offers nothing when there is nothing close', () => {
    render(
      <NoResults
        criteria={{ gtin: '06901234567892' }}
        dataAsOf={null}
        closeMatches={[]}
        onPick={jest.fn()}
        onReport={jest.fn()}
      />,
    );
    expect(screen.getByText('没有找到与商品条码“6901234567892”相关的召回信息')).toBeTruthy();
    expect(screen.queryByText('你是不是要找：')).toBeNull();
  });
});
