import { render, screen } from '@testing-library/react';
import { getProvinceProfile, WARNING_NOTICE, type TRecallDetail, type TRecallPublic } from '@recall/shared';
import { fetchBureaus } from '../../src/features/clues/api';
import { WarningFacts, WarningHead } from '../../src/features/recalls/components/RecallDetail/Warning';
import { RecallCard } from '../../src/features/recalls/components/RecallCard';

// The server's answer to GET /api/bureaus: the rules the screens cite come from the Jiangsu profile.
jest.mock('../../src/features/clues/api', () => ({ fetchBureaus: jest.fn() }));
beforeEach(() => {
  (fetchBureaus as jest.Mock).mockResolvedValue({
    items: [],
    province: 'jiangsu',
    provinceName: '江苏省',
    references: getProvinceProfile('jiangsu').documents.references,
  });
});

/** A 消费提示 as the recall page gets it. */
function warning(over: Partial<TRecallDetail> = {}): TRecallDetail {
  return {
    id: 7,
    kind: 'warning',
    withdrawn: false,
    status: 'ongoing',
    demo: false,
    categoryCode: '01',
    title: '关于无影牌暖手宝的消费提示',
    productName: '暖手宝',
    brand: '无影',
    startDate: '2026-03-05',
    remedyType: null,
    remedy: '请立即停止使用并停止充电；如有疑问请拨打 12315。',
    contactPhone: '12315',
    remedyChannels: null,
    pressRelease: null,
    defect: '内置锂电池无保护板。',
    consequence: '可能起火。',
    models: ['WY-10'],
    gtins: ['6901234567892'],
    batches: [],
    productionFrom: null,
    productionTo: null,
    quantity: 0,
    producerName: '生产者无法追溯',
    producerUscc: null,
    recallNo: '消费提示-320500-2026-0001',
    publishedAt: '2026-03-05T04:00:00Z',
    source: 'warning',
    updatedAt: '2026-03-05T04:00:00Z',
    revisions: [],
    description: null,
    emergency: null,
    organization: null,
    photos: [],
    bureauName: '苏州市市场监督管理局',
    bureauPhone: '12315',
    progress: null,
    acceptsRequests: false,
    warning: { ground: 'untraceable', groundLabel: '无法追溯到生产者', notice: WARNING_NOTICE, supersededBy: null },
    ...over,
  };
}

describe('a 消费提示 on the consumer pages', () => {
  it('is labelled 消费提示 with the sentence that it is the regulator’s warning, not a recall', () => {
    render(<WarningHead r={warning()} />);
    expect(screen.getByText('消费提示')).toBeTruthy();
    expect(screen.getByText(WARNING_NOTICE)).toBeTruthy();
    expect(screen.getByText('发布理由：无法追溯到生产者')).toBeTruthy();
    expect(screen.getByText('请立即停止使用')).toBeTruthy();
    expect(screen.queryByText(/召回中/)).toBeNull();
  });

  it('says what to do and whom to call, and who issued it, citing the province’s rules', async () => {
    render(<WarningFacts r={warning()} />);
    expect(screen.getByText('消费者应当怎么做')).toBeTruthy();
    expect(screen.getAllByText(/12315/).length).toBeGreaterThan(0);
    expect(await screen.findByText('《江苏省缺陷消费品召回管理办法》第十九条')).toBeTruthy();
    expect(screen.queryByText('召回措施')).toBeNull();
  });

  it('points to the recall that replaced it', () => {
    render(
      <WarningHead
        r={warning({ withdrawn: true, warning: { ...warning().warning!, supersededBy: { id: 9, title: '某召回' } } })}
      />,
    );
    expect(screen.getByText('该消费提示已由召回取代')).toBeTruthy();
    expect(screen.getByText('查看召回：某召回 ›')).toBeTruthy();
  });

  it('shows as 消费提示 in the results list, with the issuing bureau', () => {
    const {
      progress: _p,
      revisions: _r,
      withdrawn: _w,
      acceptsRequests: _a,
      pressRelease: _pr,
      warning: _wr,
      ...pub
    } = warning();
    render(<RecallCard recall={pub as TRecallPublic} />);
    expect(screen.getByText('消费提示')).toBeTruthy();
    expect(screen.queryByText('召回中')).toBeNull();
    expect(screen.getByText('苏州市市场监督管理局')).toBeTruthy();
    expect(screen.getByText('消费提示发布 2026-03-05')).toBeTruthy();
  });
});
