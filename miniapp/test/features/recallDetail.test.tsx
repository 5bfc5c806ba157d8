import { fireEvent, render, screen } from '@testing-library/react';
import type { TRecallDetail } from '@recall/shared';
import { RecallFacts, RecallHead } from '../../src/features/recalls/components/RecallDetail';

/** A recall as the detail page gets it (only what the sections read). */
function recall(over: Partial<TRecallDetail> = {}): TRecallDetail {
  return {
    id: 1,
    withdrawn: false,
    status: 'ongoing',
    demo: false,
    categoryCode: '01',
    title: '某品牌电暖器召回',
    productName: '电暖器',
    brand: '暖阳',
    startDate: '2026-01-05',
    remedyType: 'repair',
    remedy: '免费更换温控器',
    contactPhone: '400-000-0000',
    remedyChannels: null,
    pressRelease: null,
    defect: '温控器失效',
    consequence: '可能引发火灾',
    models: ['NY-2000'],
    gtins: [],
    batches: Array.from({ length: 15 }, (_, i) => `B${i + 1}`),
    productionFrom: '2025-01-01',
    productionTo: null,
    quantity: 1200,
    producerName: '某电器有限公司',
    producerUscc: '91440300708461136T',
    recallNo: 'JS-2026-001',
    publishedAt: null,
    source: 'import',
    updatedAt: '2026-01-05T02:00:00Z',
    revisions: [],
    ...over,
  } as unknown as TRecallDetail;
}

describe('the recall detail sections', () => {
  it('tell a person to stop using an ongoing recall, and not a withdrawn one', () => {
    const { unmount } = render(<RecallHead r={recall()} />);
    expect(screen.getByText('请立即停止使用')).toBeTruthy();
    unmount();
    render(<RecallHead r={recall({ withdrawn: true })} />);
    expect(screen.getByText('该召回信息已撤回')).toBeTruthy();
    expect(screen.queryByText('请立即停止使用')).toBeNull();
  });

  it('fold long batch lists and open them on a tap', () => {
    render(<RecallFacts r={recall()} canRequest={false} />);
    expect(screen.queryByText(/B13/)).toBeNull();
    fireEvent.click(screen.getByText(/展开全部 15 个批次/));
    expect(screen.getByText(/B13/)).toBeTruthy();
    expect(screen.getByText('2025-01-01 及以后')).toBeTruthy();
  });

  it('point to the online request only where the recall takes requests', () => {
    const { unmount } = render(<RecallFacts r={recall()} canRequest />);
    expect(screen.getByText(/生产者客服会按你留下的电话联系你/)).toBeTruthy();
    unmount();
    render(<RecallFacts r={recall()} canRequest={false} />);
    expect(screen.getByText(/线上申请功能即将开通/)).toBeTruthy();
  });
});
