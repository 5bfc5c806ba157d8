import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { TMeResponse } from '@recall/shared';
import { CaseList } from '../../../../features/cases/components/CaseList';
import { Cell, CellGroup } from '../../../../components/Cell';
import { EmptyState } from '../../../../components/EmptyState';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { subpage, url } from '../../../../constants/routes';
import { useCases } from '../../../../features/cases/useCases';
import '../../../../features/account/components/Workspace/index.css';
import './index.css';

const go = (path: string, query?: Record<string, string | number>) => void Taro.navigateTo({ url: url(path, query) });

export default function ProducerInbox() {
  return (
    <StaffGate className="ws producer-inbox" title="生产者工作台" allowed={(s) => s.signedIn} deniedText="请先登录。">
      {(me, session) => (session.canOpenProducer ? <Inbox me={me} /> : <NotBound />)}
    </StaffGate>
  );
}

/** Signed in, but not (yet) a producer's account: binding with a bureau's invitation code. */
function NotBound() {
  return (
    <View className="card producer-bind-card">
      <EmptyState
        glyph="企"
        title="尚未绑定生产者"
        description="生产者工作台供企业的召回负责人、客服人员使用。请向市场监管局索取邀请码，绑定本企业后即可接收通知书、确认送达并报告召回。"
      >
        <Button className="btn btn--primary btn--small producer-bind" onClick={() => go(subpage('producer', 'bind'))}>
          使用邀请码绑定
        </Button>
      </EmptyState>
    </View>
  );
}

function Inbox({ me }: { me: TMeResponse }) {
  const list = useCases(true, { receiptFirst: true });
  return (
    <>
      <View className="ws-head">
        <Text className="ws-head__title">生产者工作台</Text>
        <Text className="ws-head__org">{me.org?.name ?? '未关联企业'}</Text>
        <Text className="ws-head__who">
          {me.displayName} · {me.roleLabel}
        </Text>
        {list.counts.awaitingReceipt ? (
          <Text className="producer-inbox__alert">有 {list.counts.awaitingReceipt} 份通知书待确认送达，请尽快确认</Text>
        ) : null}
      </View>

      <CellGroup title="工具">
        <Cell
          className="producer-voluntary"
          badge="报"
          title="报告主动召回"
          description="发现产品存在缺陷，主动向市场监管局报告召回计划"
          onClick={() => go(subpage('producer', 'caseForm'), { voluntary: 1 })}
        />
        <Cell
          className="producer-incidents"
          badge="急"
          title="事故报告"
          description="产品造成死亡、受伤或重大财产损失的，立即报告市场监管局"
          onClick={() => go(subpage('producer', 'incidents'))}
        />
        <Cell
          className="producer-requests"
          badge="申"
          title="召回申请"
          description="消费者在小程序中提交的召回申请，受理、预约和完成"
          onClick={() => go(subpage('producer', 'requests'))}
        />
      </CellGroup>

      <Text className="section-title">召回案件与通知</Text>
      <CaseList
        list={list}
        variant="producer"
        onOpen={(id) => go(subpage('producer', 'case'), { id })}
        emptyText="市场监管局发给本企业的调查分析、缺陷调查、召回通知，以及本企业报告的召回，会显示在这里。"
      />
    </>
  );
}
