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
    description: null,
    emergency: null,
    organization: null,
    photos: [],
    bureauName: null,
    bureauPhone: null,
    progress: null,
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

  it('say 停止使用 on a completed recall while units remain unremedied, with the emergency advice', () => {
    const completed = { status: 'completed', emergency: '立即拔下电源插头' } as const;
    const { unmount } = render(
      <RecallHead r={recall({ ...completed, progress: { involved: 10, remedied: 2, rate: 20 } })} />,
    );
    expect(screen.getByText('未补救的产品请停止使用')).toBeTruthy();
    expect(screen.getByText(/拨打 400-000-0000/)).toBeTruthy();
    expect(screen.getByText('立即拔下电源插头')).toBeTruthy();
    unmount();
    render(<RecallHead r={recall({ ...completed, progress: { involved: 10, remedied: 10, rate: 100 } })} />);
    expect(screen.queryByText('未补救的产品请停止使用')).toBeNull();
    expect(screen.getByText(/均已补救/)).toBeTruthy();
  });

  it('show the appearance photos, the progress and whom to call', () => {
    render(
      <RecallFacts
        r={recall({
          source: 'case',
          description: '白色立式电暖器',
          photos: [{ url: '/api/recalls/1/photos/a', thumbUrl: '/api/recalls/1/photos/a?size=thumb' }],
          progress: { involved: 10, remedied: 2, rate: 20 },
          organization: '客户服务部',
          bureauName: '苏州市市场监督管理局',
        })}
        canRequest={false}
      />,
    );
    expect(screen.getByText('白色立式电暖器')).toBeTruthy();
    expect(document.querySelectorAll('.detail-photo')).toHaveLength(1);
    expect(screen.getByText(/已补救 2 件 \/ 涉及 10 件（20%）/)).toBeTruthy();
    expect(screen.getByText('客户服务部')).toBeTruthy();
    expect(screen.getByText('12315（投诉举报）')).toBeTruthy();
  });
});
