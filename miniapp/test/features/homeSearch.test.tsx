import { fireEvent, render, screen } from '@testing-library/react';
import { KeywordSearch } from '../../src/features/recalls/components/KeywordSearch';
import { BarcodeNotFound } from '../../src/features/recalls/components/BarcodeNotFound';

describe('查询 on the home page', () => {
  it('asks for a keyword before searching, and searches what was typed, trimmed', () => {
    const onSearch = jest.fn();
    const { container } = render(<KeywordSearch compact={false} onSearch={onSearch} />);
    fireEvent.click(screen.getByText('搜索'));
    expect(screen.getByText('请输入产品名称、品牌、型号或生产者')).toBeTruthy();
    expect(onSearch).not.toHaveBeenCalled();

    // Taro's h5 <Input> is the taro-input-core element; it reports typing as an input event with detail.value.
    const input = container.querySelector('taro-input-core') as HTMLElement;
    fireEvent(input, new CustomEvent('input', { detail: { value: '  电暖器 ' } }));
    expect(screen.queryByText('请输入产品名称、品牌、型号或生产者')).toBeNull();
    fireEvent.click(screen.getByText('搜索'));
    expect(onSearch).toHaveBeenCalledWith('电暖器');
  });

  it('says a bar code has no recall, how fresh that is, and offers following and reporting', () => {
    const onClose = jest.fn();
    render(
      <BarcodeNotFound
        nothing={{ gtin: '6901234567892', source: 'scan', dataAsOf: '2026-11-20T02:00:00Z' }}
        onClose={onClose}
      />,
    );
    expect(screen.getByText('暂无召回')).toBeTruthy();
    expect(screen.getByText('商品条码 6901234567892')).toBeTruthy();
    expect(screen.getByText('关注它，一旦召回立即通知我')).toBeTruthy();
    expect(screen.getByText('报告产品缺陷 ›')).toBeTruthy();
    fireEvent.click(screen.getByText('×'));
    expect(onClose).toHaveBeenCalled();
  });
});
