import { render, screen } from '@testing-library/react';
import { Input } from '@tarojs/components';
import { FormField } from '../../src/components/FormField';

describe('FormField', () => {
  it('shows its label, hint and the error under the field', () => {
    const { container } = render(
      <FormField label="批次" hint="在铭牌上" error="请填写批次" className="check-batch" dataKey="batch">
        <Input value="" />
      </FormField>,
    );
    expect(screen.getByText('批次')).toBeTruthy();
    expect(screen.getByText('请填写批次')).toBeTruthy();
    const root = container.querySelector('.check-batch');
    expect(root?.className).toContain('field--error');
    expect(root?.getAttribute('data-key')).toBe('batch');
  });
});
