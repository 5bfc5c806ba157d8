import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { TPlatformDelivery, TPlatformRecallStatus, TPlatformView } from '@recall/shared/staff';
import {
  acknowledgeDelivery,
  createPlatform,
  fetchRecallPlatforms,
  reportMeasure,
} from '../../src/features/platforms/api';
import { CredentialsCard } from '../../src/features/platforms/components/Credentials';
import { DeskRecall } from '../../src/features/platforms/components/DeskRecall';
import { PlatformForm } from '../../src/features/platforms/components/PlatformForm';
import { RecallPlatformsPanel } from '../../src/features/platforms/components/RecallPlatformsPanel';
import { checkMeasure, draftOf, fieldOfIssue, firstErrorField, splitList } from '../../src/features/platforms/form';
import { dueWords, inboxOrder, lastDeliveryWords, subscriptionWords } from '../../src/features/platforms/words';

jest.mock('../../src/features/platforms/api', () => ({
  acknowledgeDelivery: jest.fn(),
  createPlatform: jest.fn(),
  updatePlatform: jest.fn(),
  fetchRecallPlatforms: jest.fn(),
  reportMeasure: jest.fn(),
}));

const type = (el: Element, value: string) => fireEvent(el, new CustomEvent('input', { detail: { value } }));
const flush = () => act(async () => void (await Promise.resolve()));
const field = (c: HTMLElement, cls: string) => c.querySelector(`.${cls}`)!;

const EMPTY_SUB = { all: false, categories: [], gtinPrefixes: [], brands: [], producers: [] };

/** One platform's handling of recall 9: pushed, not acknowledged, its takedown overdue. */
function status(over: Partial<TPlatformRecallStatus> = {}): TPlatformRecallStatus {
  return {
    platform: { id: 3, name: '好物商城' },
    recall: { id: 9, recallNo: 'JS2026-0042', title: '暖阳牌电暖器召回' },
    pushedAt: '2026-11-20T02:00:00.000Z',
    delivery: { state: 'delivered', stateLabel: '已送达', attempts: 1 },
    acknowledgedAt: null,
    hoursToAct: null,
    measures: [
      {
        kind: 'takedown',
        label: '下架商品链接',
        dueAt: '2026-11-24T10:00:00.000Z',
        state: 'overdue',
        stateLabel: '逾期',
        reports: [],
      },
      {
        kind: 'buyers_notified',
        label: '通知已购消费者',
        dueAt: '2026-11-24T10:00:00.000Z',
        state: 'done',
        stateLabel: '已完成',
        reports: [{ count: 120, channel: '短信', doneAt: '2026-11-21T02:00:00.000Z', note: null }],
      },
    ],
    overdue: true,
    ...over,
  };
}

describe('what the registry says about a platform, in words', () => {
  test('a subscription reads as 全部召回 or as each kind of match', () => {
    expect(subscriptionWords({ ...EMPTY_SUB, all: true })).toBe('全部召回');
    expect(subscriptionWords({ ...EMPTY_SUB, categories: ['01'], brands: ['暖阳', '安心', '小熊', '美的'] })).toBe(
      '产品类别：电子电器；品牌：暖阳、安心、小熊 等 4 个',
    );
    expect(subscriptionWords(EMPTY_SUB)).toBe('未订阅任何召回');
  });

  test('the last delivery says when and whether it worked, and a pull-only platform says so', () => {
    expect(lastDeliveryWords({ webhookUrl: null, lastDelivery: null })).toBe('未设接收地址，平台自行拉取');
    expect(
      lastDeliveryWords({
        webhookUrl: 'https://shop.example/hook',
        lastDelivery: { at: '2026-11-20T02:00:00.000Z', ok: false, status: 'HTTP 503' },
      }),
    ).toBe('2026-11-20 10:00 推送失败（HTTP 503）');
  });

  test('recalls received list overdue ones first, then the newest push', () => {
    const a = status({
      recall: { id: 1, recallNo: 'a', title: 'a' },
      overdue: false,
      pushedAt: '2026-11-25T00:00:00Z',
    });
    const b = status({ recall: { id: 2, recallNo: 'b', title: 'b' }, overdue: true, pushedAt: '2026-11-01T00:00:00Z' });
    const c = status({
      recall: { id: 3, recallNo: 'c', title: 'c' },
      overdue: false,
      pushedAt: '2026-11-26T00:00:00Z',
    });
    expect(inboxOrder([a, b, c]).map((s) => s.recall.id)).toEqual([2, 3, 1]);
  });

  test('an overdue measure says 逾期 in words, whatever label the server gave', () => {
    expect(dueWords({ state: 'overdue', stateLabel: '超过期限 1 天', dueAt: '2026-11-24T10:00:00Z' })).toBe(
      '已逾期（超过期限 1 天） · 期限 2026-11-24 18:00',
    );
  });
});

describe('the forms check with the contract schema', () => {
  test('lists are typed one per line or separated by 、 and commas; issues land on their field', () => {
    expect(splitList('暖阳、安心\n 小熊,美的；')).toEqual(['暖阳', '安心', '小熊', '美的']);
    expect(fieldOfIssue('subscription.gtinPrefixes.2')).toBe('gtinPrefixes');
    expect(fieldOfIssue('contacts.0.phone')).toBe('contacts.0.phone');
    expect(fieldOfIssue('webhookUrl')).toBe('webhookUrl');
    // The form scrolls to the first field in its own order, whatever order the issues came in.
    expect(firstErrorField({ brands: 'x', 'contacts.0.phone': 'y', form: 'z' })).toBe('contacts');
    expect(firstErrorField({ form: 'z' })).toBeUndefined();
  });

  test('a measure without a count, or with words for one, is refused in Chinese', () => {
    expect(checkMeasure('takedown', { count: '', channel: '', date: '', time: '', note: '' }).errors).toEqual({
      count: '缺少数量',
    });
    expect(checkMeasure('takedown', { count: '三十', channel: '', date: '', time: '', note: '' }).errors.count).toBe(
      '数量应为数字',
    );
    const ok = checkMeasure('buyers_notified', {
      count: '35',
      channel: '短信',
      date: '2026-11-20',
      time: '9:05',
      note: '',
    });
    expect(ok.body).toEqual({
      kind: 'buyers_notified',
      count: 35,
      channel: '短信',
      doneAt: '2026-11-20T09:05:00+08:00',
    });
  });

  test('a platform being edited starts from what it has', () => {
    const p = {
      name: '好物商城',
      uscc: null,
      contacts: [{ name: '刘敏', phone: '13900000000', email: null }],
      webhookUrl: null,
      subscription: { ...EMPTY_SUB, brands: ['暖阳', '安心'] },
    } as unknown as TPlatformView;
    expect(draftOf(p)).toMatchObject({ all: false, brands: '暖阳\n安心', webhookUrl: '', uscc: '' });
  });
});

describe('登记电商平台', () => {
  beforeEach(() => (createPlatform as jest.Mock).mockReset());

  it('refuses an empty form with the schema’s words and sends nothing', async () => {
    render(<PlatformForm onCreated={jest.fn()} onSaved={jest.fn()} />);
    await act(async () => void fireEvent.click(screen.getByText('登记并生成密钥')));
    expect(screen.getByText('请填写平台名称')).toBeTruthy();
    expect(screen.getByText('请填写联系人')).toBeTruthy();
    expect(screen.getByText('联系电话格式不正确')).toBeTruthy();
    expect(createPlatform).not.toHaveBeenCalled();
  }, 60_000);

  it('sends the registration once checked, and hands the credentials on', async () => {
    const onCreated = jest.fn();
    const credentials = { apiKey: 'pk_live_abc', webhookSecret: 'whsec_xyz' };
    (createPlatform as jest.Mock).mockResolvedValue({ platform: { id: 3, name: '好物商城' }, credentials });
    const { container } = render(<PlatformForm onCreated={onCreated} onSaved={jest.fn()} />);
    type(field(container, 'plat-input-name'), '好物商城');
    type(field(container, 'plat-contact-name'), '刘敏');
    type(field(container, 'plat-contact-phone'), '13900000000');
    type(field(container, 'plat-input-webhookUrl'), 'https://shop.example/recall-hook');
    act(() => void fireEvent.click(screen.getByText('按条件订阅')));
    act(() => void fireEvent.click(screen.getByText('电子电器')));
    type(field(container, 'plat-input-gtinPrefixes'), '69');
    await act(async () => void fireEvent.click(screen.getByText('登记并生成密钥')));
    expect(screen.getByText('商品条码前缀应为 3–13 位数字')).toBeTruthy();
    expect(createPlatform).not.toHaveBeenCalled();

    type(field(container, 'plat-input-gtinPrefixes'), '690123\n690456');
    type(field(container, 'plat-input-brands'), '暖阳、安心');
    await act(async () => void fireEvent.click(screen.getByText('登记并生成密钥')));
    await flush();
    expect(createPlatform).toHaveBeenCalledTimes(1);
    expect((createPlatform as jest.Mock).mock.calls[0][0]).toEqual({
      name: '好物商城',
      contacts: [{ name: '刘敏', phone: '13900000000' }],
      webhookUrl: 'https://shop.example/recall-hook',
      subscription: {
        all: false,
        categories: ['01'],
        gtinPrefixes: ['690123', '690456'],
        brands: ['暖阳', '安心'],
        producers: [],
      },
    });
    expect(onCreated).toHaveBeenCalledWith({ id: 3, name: '好物商城' }, credentials);
  }, 60_000);
});

describe('the credentials, shown once', () => {
  it('shows both keys with copy buttons and says they will not be shown again', async () => {
    const copy = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'ok' } as never);
    const done = jest.fn();
    render(
      <CredentialsCard
        platformName="好物商城"
        credentials={{ apiKey: 'pk_live_abc', webhookSecret: 'whsec_xyz' }}
        onDone={done}
      />,
    );
    expect(screen.getByText('pk_live_abc')).toBeTruthy();
    expect(screen.getByText('whsec_xyz')).toBeTruthy();
    expect(screen.getByText(/密钥只显示这一次，离开本页后无法再次查看/)).toBeTruthy();
    await act(async () => void fireEvent.click(screen.getByText('复制签名密钥')));
    expect(copy).toHaveBeenCalledWith({ data: 'whsec_xyz' });
    fireEvent.click(screen.getByText('我已妥善保存'));
    expect(done).toHaveBeenCalled();
    copy.mockRestore();
  }, 60_000);
});

describe('电商平台处置 on a recall', () => {
  it('lists each platform with its delivery, acknowledgement and each measure, 逾期 in words', async () => {
    (fetchRecallPlatforms as jest.Mock).mockResolvedValue({
      items: [
        status(),
        status({
          platform: { id: 4, name: '优选网' },
          acknowledgedAt: '2026-11-20T03:00:00.000Z',
          overdue: false,
          measures: [],
        }),
      ],
    });
    const { container } = render(<RecallPlatformsPanel recallId={9} />);
    await flush();
    expect(fetchRecallPlatforms).toHaveBeenCalledWith(9);
    const first = container.querySelector('.recall-platforms__item-3')!.textContent!;
    expect(first).toContain('好物商城');
    expect(first).toContain('（有措施逾期）');
    expect(first).toContain('推送：2026-11-20 10:00 · 已送达');
    expect(first).toContain('尚未确认收到');
    expect(first).toContain('下架商品链接');
    expect(first).toContain('逾期 · 期限 2026-11-24 18:00');
    expect(first).toContain('已报告 120 位消费者');
    expect(container.querySelector('.recall-platforms__item-4')!.textContent).toContain('已确认收到：2026-11-20 11:00');
  }, 60_000);

  it('says so when no platform received the recall', async () => {
    (fetchRecallPlatforms as jest.Mock).mockResolvedValue({ items: [] });
    render(<RecallPlatformsPanel recallId={9} />);
    await flush();
    expect(screen.getByText(/尚未推送给任何电商平台/)).toBeTruthy();
  }, 60_000);
});

describe('the platform handles a recall', () => {
  const delivery = {
    deliveryId: 'dlv_0000000042',
    seq: 42,
    event: 'published',
    createdAt: '2026-11-20T02:00:00.000Z',
    acknowledgedAt: null,
    recall: {
      id: 9,
      recallNo: 'JS2026-0042',
      title: '暖阳牌电暖器召回',
      producerName: '苏州暖阳电器有限公司',
      productName: '暖阳牌电暖器',
      brand: '暖阳',
      categoryCode: '01',
      models: ['NY-2000'],
      gtins: ['6901234567892'],
      batches: [],
      productionFrom: null,
      productionTo: null,
      defect: '温控器触点粘连',
      consequence: '可能引发火灾',
      remedy: '免费更换温控器',
      startDate: '2026-11-20',
      contactPhone: '400-800-1234',
      withdrawn: false,
    },
  } as unknown as TPlatformDelivery;

  it('shows the recall, acknowledges the delivery, and reports a takedown checked by the schema', async () => {
    const acked = status({ acknowledgedAt: '2026-11-20T03:00:00.000Z' });
    (acknowledgeDelivery as jest.Mock).mockResolvedValue(acked);
    (reportMeasure as jest.Mock).mockResolvedValue(acked);
    const onChange = jest.fn();
    const { container } = render(<DeskRecall status={status()} delivery={delivery} onChange={onChange} />);
    expect(screen.getByText('暖阳牌电暖器召回')).toBeTruthy();
    expect(screen.getByText('6901234567892')).toBeTruthy();
    expect(container.querySelector('.plat-measure--takedown')!.textContent).toContain('逾期');

    await act(async () => void fireEvent.click(screen.getByText('确认收到')));
    await flush();
    expect(acknowledgeDelivery).toHaveBeenCalledWith('dlv_0000000042');
    expect(onChange).toHaveBeenCalledWith(acked);

    act(() => void fireEvent.click(screen.getByText('报告下架商品链接')));
    await act(async () => void fireEvent.click(screen.getByText('提交下架商品链接情况')));
    expect(screen.getByText('缺少数量')).toBeTruthy();
    expect(reportMeasure).not.toHaveBeenCalled();

    type(field(container, 'plat-measure-count'), '35');
    type(field(container, 'plat-measure-note'), '已下架全部 35 个链接');
    await act(async () => void fireEvent.click(screen.getByText('提交下架商品链接情况')));
    await flush();
    expect(reportMeasure).toHaveBeenCalledWith(9, { kind: 'takedown', count: 35, note: '已下架全部 35 个链接' });
  }, 60_000);
});
