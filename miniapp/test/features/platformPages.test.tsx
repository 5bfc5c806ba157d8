import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { TMeResponse } from '@recall/shared';
import type { TPlatformRecallStatus } from '@recall/shared/staff';
import { fetchMe } from '../../src/features/account/api';
import { loadSession } from '../../src/features/account/session';
import { fetchDeskRecalls, fetchPlatforms } from '../../src/features/platforms/api';
import PlatformsPage from '../../src/packages/bureau/pages/platforms/index';
import PlatformInbox from '../../src/packages/platform/pages/inbox/index';
import MePage from '../../src/pages/me/index';

jest.mock('../../src/features/account/api', () => ({ fetchMe: jest.fn() }));
jest.mock('../../src/features/platforms/api', () => ({ fetchDeskRecalls: jest.fn(), fetchPlatforms: jest.fn() }));

const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

async function signedInAs(role: TMeResponse['role'], roleLabel: string, org: string) {
  (fetchMe as jest.Mock).mockResolvedValue({
    id: 1,
    role,
    roleLabel,
    displayName: '刘敏',
    org: { code: '3', name: org },
  });
  await act(async () => void (await loadSession()));
}

const received = (id: number, overdue: boolean, pushedAt: string): TPlatformRecallStatus => ({
  platform: { id: 3, name: '好物商城' },
  recall: { id, recallNo: `JS2026-00${id}`, title: `召回 ${id}` },
  pushedAt,
  delivery: { state: 'pull', stateLabel: '平台自行拉取', attempts: 0 },
  acknowledgedAt: null,
  hoursToAct: null,
  measures: [],
  overdue,
});

describe('the platform’s pages', () => {
  it('我的 offers a platform account its workspace, and opens it', async () => {
    const go = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never);
    await signedInAs('platform', '电商平台', '好物商城');
    render(<MePage />);
    await flush();
    act(() => void fireEvent.click(screen.getByText('电商平台工作台')));
    await flush();
    expect(go).toHaveBeenCalledWith({ url: '/packages/platform/pages/inbox/index' });
    expect(screen.queryByText('市场监管局工作台')).toBeNull();
    go.mockRestore();
  }, 60_000);

  it('the workspace lists recalls received, overdue first, and says which', async () => {
    (fetchDeskRecalls as jest.Mock).mockResolvedValue({
      items: [
        received(1, false, '2026-11-25T00:00:00Z'),
        received(2, true, '2026-11-01T00:00:00Z'),
        received(3, false, '2026-11-26T00:00:00Z'),
      ],
    });
    await signedInAs('platform', '电商平台', '好物商城');
    const { container } = render(<PlatformInbox />);
    await flush();
    expect(screen.getByText('好物商城')).toBeTruthy();
    const titles = [...container.querySelectorAll('.plat-desk-item .plat-item__title')].map((n) => n.textContent);
    expect(titles).toEqual(['召回 2', '召回 3', '召回 1']);
    expect(container.querySelector('.plat-desk-item-2')!.textContent).toContain('有措施已逾期');
    expect(container.querySelector('.plat-desk-item-2')!.getAttribute('role')).toBe('link');
  }, 60_000);

  it('the workspace refuses a bureau officer', async () => {
    (fetchDeskRecalls as jest.Mock).mockClear();
    await signedInAs('bureau', '市场监管局', '苏州市市场监督管理局');
    render(<PlatformInbox />);
    await flush();
    expect(screen.getByText('此工作台仅供已登记电商平台的工作人员使用。')).toBeTruthy();
    expect(fetchDeskRecalls).not.toHaveBeenCalled();
  }, 60_000);

  it('the province’s registry lists each platform with its subscription, last delivery and tally in words', async () => {
    (fetchPlatforms as jest.Mock).mockResolvedValue({
      items: [
        {
          id: 3,
          name: '好物商城',
          uscc: null,
          contacts: [{ name: '刘敏', phone: '0571-88886666', email: null }],
          webhookUrl: 'https://shop.example/hook',
          subscription: { all: true, categories: [], gtinPrefixes: [], brands: [], producers: [] },
          disabled: false,
          lastDelivery: { at: '2026-11-20T02:00:00.000Z', ok: true, status: 'HTTP 200' },
          tally: { pushed: 4, acknowledged: 3, onTime: 5, overdue: 1, medianHoursToAct: 6 },
          createdAt: '2026-11-01T00:00:00.000Z',
        },
      ],
    });
    await signedInAs('province', '省市场监管局', '江苏省市场监督管理局');
    const { container } = render(<PlatformsPage />);
    await flush();
    const row = container.querySelector('.plat-row-3')!.textContent!;
    expect(row).toContain('全部召回');
    expect(row).toContain('2026-11-20 10:00 推送成功');
    expect(row).toContain('已推送 4 条，已确认 3 条，按期完成 5 项，逾期 1 项，中位处置用时 6 个工作小时');
    expect(screen.getByText('修改好物商城')).toBeTruthy();
    expect(screen.getByText('登记电商平台')).toBeTruthy();
  }, 60_000);
});
