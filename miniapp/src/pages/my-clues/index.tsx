import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CATEGORIES } from '@recall/shared';
import { ClueStatusTag } from '../../features/clues/components/ClueStatus';
import { EmptyState } from '../../components/EmptyState';
import { MyListBody, MyListPage } from '../../components/MyListPage';
import { PAGES, url } from '../../constants/routes';
import { useMyClues } from '../../features/clues/useClues';
import { useSession } from '../../features/account/useSession';
import { formatShanghaiDate } from '../../utils/format';
import './index.css';

export default function MyCluesPage() {
  const session = useSession();
  const list = useMyClues(session.signedIn);
  const open = (id: number) => void Taro.navigateTo({ url: url(PAGES.clue, { id }) });
  const goReport = () => void Taro.switchTab({ url: url(PAGES.report) });

  return (
    <MyListPage
      className="my-clues"
      session={session}
      signIn={{
        title: '登录后查看我的报告',
        description: '登录后可以查看你提交的缺陷报告和办理进度。',
      }}
    >
      <MyListBody
        list={list}
        empty={
          <EmptyState glyph="空" title="还没有提交过报告" description="发现产品存在安全问题，可以报告给市场监管部门。">
            <Button className="btn btn--primary btn--small" onClick={goReport}>
              报告产品缺陷
            </Button>
          </EmptyState>
        }
      >
        <Text className="my-clues__count">共 {list.total} 份报告</Text>
        {list.items.map((c) => (
          <View key={c.id} className="card my-clue" hoverClass="my-clue--active" onClick={() => open(c.id)}>
            <View className="my-clue__head">
              <ClueStatusTag status={c.status} />
              <Text className="my-clue__no">{c.receiptNo}</Text>
            </View>
            <Text className="my-clue__title">
              {c.brand} {c.productName}
              {c.model ? ` ${c.model}` : ''}
            </Text>
            <Text className="my-clue__meta">
              {CATEGORIES[c.categoryCode]} · {formatShanghaiDate(c.createdAt)} 提交
            </Text>
            <Text className="my-clue__bureau">处理单位：{c.routing.bureauName}</Text>
          </View>
        ))}
      </MyListBody>
    </MyListPage>
  );
}
