import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { TMeResponse } from '@recall/shared';
import { CellGroup, Cell } from '../../../../components/Cell';
import { EmptyState } from '../../../../components/EmptyState';
import { PageIntro } from '../../../../components/PageIntro';
import { subpage, url } from '../../../../constants/routes';
import { formatShanghaiTime } from '../../../../utils/format';
import { useCountyWorkspace } from '../../useCounty';
import { CommissionsEntry } from '../../../commissions/components/CommissionsEntry';
import './index.css';

const open = (page: 'countyCase' | 'countyClue' | 'countyEnter', id?: number) =>
  void Taro.navigateTo({ url: url(subpage('bureau', page), id ? { id } : undefined) });

/** 县级市场监管局工作台: assistance asked of the county, notices it delivers, and its county's clues. */
export function CountyWorkspace({ me }: { me: TMeResponse }) {
  const w = useCountyWorkspace();
  return (
    <View className="county">
      <PageIntro
        title={me.org?.name ?? '县级市场监管局'}
        description="收集本县（市、区）缺陷线索，送达通知书，协助市局开展缺陷调查。线索和案件由市局办理。"
      />
      <View className="county-actions">
        <Button className="btn btn--primary county-enter" onClick={() => open('countyEnter')}>
          录入线索
        </Button>
      </View>
      {w.error ? (
        <EmptyState glyph="!" tone="warning" title="暂时无法加载" description={w.error}>
          <Button className="btn btn--small" onClick={() => void w.reload()}>
            重试
          </Button>
        </EmptyState>
      ) : null}
      {w.loading && !w.cases ? <EmptyState glyph="…" title="正在加载" /> : null}
      <CellGroup title="省局委托">
        <CommissionsEntry province={false} />
      </CellGroup>
      {w.cases ? (
        <CellGroup title="协查与送达">
          {w.cases.length === 0 ? (
            <Text className="county-none">暂无需要送达的通知书或协查请求</Text>
          ) : (
            w.cases.map((c) => (
              <Cell
                key={c.id}
                className="county-case"
                badge={c.openAssistance ? '协' : c.awaitingDelivery ? '送' : '案'}
                title={`${c.productName}（${c.producerName}）`}
                description={[
                  c.caseNo,
                  c.bureauName,
                  c.openAssistance ? `待回复协查 ${c.openAssistance} 项` : '',
                  c.awaitingDelivery ? '通知书待送达' : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
                onClick={() => open('countyCase', c.id)}
              />
            ))
          )}
        </CellGroup>
      ) : null}
      {w.clues ? (
        <CellGroup title={`本县线索（${w.clues.total}）`}>
          {w.clues.items.length === 0 ? (
            <Text className="county-none">暂无本县的线索</Text>
          ) : (
            w.clues.items.map((c) => (
              <Cell
                key={c.id}
                className="county-clue"
                badge="线"
                title={`${c.productName}${c.brand ? `（${c.brand}）` : ''}`}
                description={`${c.whyLabel} · 由${c.routing.bureauName}办理 · ${formatShanghaiTime(c.createdAt)}`}
                onClick={() => open('countyClue', c.id)}
              />
            ))
          )}
        </CellGroup>
      ) : null}
    </View>
  );
}
