import Taro from '@tarojs/taro';
import { Cell } from '../../../../components/Cell';
import { subpage, url } from '../../../../constants/routes';
import { useCommissions } from '../../useCommissions';

/**
 * The workspace's way to 委托核查 (辽 第五、九、十七条), with what still waits for feedback; nothing
 * where the province's profile has no commissions.
 */
export function CommissionsEntry({ province }: { province: boolean }) {
  const q = useCommissions({});
  if (!q.data?.enabled) return null;
  const open = q.data.items.filter((c) => c.state !== 'done');
  const overdue = open.filter((c) => c.state === 'overdue').length;
  return (
    <Cell
      className="ws-entry-commissions"
      badge="委"
      title={province ? '委托市县核查' : '省局委托事项'}
      description={`待反馈 ${open.length} 项${overdue ? `，已逾期 ${overdue} 项` : ''}`}
      onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'commissions')) })}
    />
  );
}
