import { fireEvent, render, screen } from '@testing-library/react';
import type { TClueView } from '@recall/shared';
import { ForeignRecallCard } from '../../src/features/clues/components/ForeignRecallCard';

/** The Safety Gate alert a clue was made from, as GET /api/clues/:id gives it. */
const ALERT: NonNullable<TClueView['foreignRecall']> = {
  format: 'safetyGate',
  publisher: '欧盟非食品类消费品快速预警系统（Safety Gate）通报',
  country: '德国',
  reference: 'SR/02362/26',
  url: 'https://ec.europa.eu/safety-gate-alerts/screen/webReport/alertDetail/10118487',
  date: '2026-10-03',
  title: 'Electrical appliances and equipment · Electric heater',
  hazard: 'Fire：The tip-over switch does not cut the power.',
  matchedOn: '商品条码 6941023002012 与本省召回 JS2026-0012 相同',
};

const rows = () =>
  Array.from(document.querySelectorAll('.info-row')).map((r) => [
    r.querySelector('.info-row__label')?.textContent,
    r.querySelector('.info-row__value')?.textContent,
  ]);

describe('ForeignRecallCard: the foreign record on the clue screen', () => {
  test('who published it, which country notified it, its title, date, hazard, what it matched on, and the notice', () => {
    const open = jest.spyOn(window, 'open').mockImplementation(() => null);
    render(<ForeignRecallCard f={ALERT} />);
    expect(screen.getByText('国外召回信息')).toBeTruthy();
    expect(rows()).toEqual([
      ['发布机构', ALERT.publisher],
      ['通报国家', '德国'],
      ['编号', 'SR/02362/26'],
      ['标题', ALERT.title],
      ['发布日期', '2026-10-03'],
      ['危害', ALERT.hazard],
      ['命中依据', ALERT.matchedOn],
    ]);
    fireEvent.click(screen.getByText('查看原文'));
    expect(open).toHaveBeenCalledWith(ALERT.url, '_blank', 'noopener');
    open.mockRestore();
  });

  test('a CPSC recall names its country, not a notifying one', () => {
    render(<ForeignRecallCard f={{ ...ALERT, format: 'cpsc', country: '美国' }} />);
    expect(rows()).toContainEqual(['国家', '美国']);
  });

  test('what the record lacks is left out, with no link', () => {
    render(<ForeignRecallCard f={{ ...ALERT, url: null, hazard: null, date: null }} />);
    expect(rows().map(([label]) => label)).toEqual(['发布机构', '通报国家', '编号', '标题', '命中依据']);
    expect(screen.queryByText('查看原文')).toBeNull();
  });
});
