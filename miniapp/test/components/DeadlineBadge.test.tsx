import { render, screen } from '@testing-library/react';
import type { TDeadlineView } from '@recall/shared';
import { DeadlineBadge } from '../../src/features/cases/components/DeadlineBadge';

/** A due date the server flags provisional (its year's holidays not entered yet) says 暂定 wherever it is shown. */
const deadline = (provisional: boolean): TDeadlineView => ({
  kind: 'plan_or_objection',
  label: '报告召回计划或提出异议',
  party: 'producer',
  dueOn: '2027-01-07',
  pendingReason: null,
  provisional,
  status: 'ok',
  workingDaysLeft: 3,
});

describe('DeadlineBadge', () => {
  it('marks a provisional date as 暂定 on the case screen and in list rows', () => {
    const { container } = render(<DeadlineBadge deadline={deadline(true)} />);
    expect(container.textContent).toContain('截止 暂定 2027-01-07');
    expect(screen.getByText(/该年节假日安排尚未录入/)).toBeTruthy();
    const row = render(<DeadlineBadge deadline={deadline(true)} compact />);
    expect(row.container.textContent).toBe('还剩3个工作日（暂定）');
  });

  it('shows a known date plainly', () => {
    const { container } = render(<DeadlineBadge deadline={deadline(false)} />);
    expect(container.textContent).toContain('截止 2027-01-07');
    expect(container.textContent).not.toContain('暂定');
  });
});
