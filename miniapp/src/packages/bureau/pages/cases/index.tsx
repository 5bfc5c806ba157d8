import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { TMeResponse } from '@recall/shared';
import { CaseList } from '../../../../features/cases/components/CaseList';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { subpage, url } from '../../../../constants/routes';
import { useCases } from '../../../../features/cases/useCases';
import '../../../../features/account/components/Workspace/index.css';
import './index.css';

export default function BureauCasesPage() {
  return (
    <StaffGate
      className="ws cases-page"
      title="案件"
      allowed={(s) => s.canOpenBureau}
      deniedText="召回案件仅供市场监管部门工作人员办理。"
    >
      {(me) => <Cases me={me} />}
    </StaffGate>
  );
}

function Cases({ me }: { me: TMeResponse }) {
  const list = useCases(true);
  const go = (path: string, query?: Record<string, number>) => void Taro.navigateTo({ url: url(path, query) });
  return (
    <>
      <View className="ws-head">
        <Text className="ws-head__title">召回案件</Text>
        <Text className="ws-head__org">{me.org?.name ?? '未关联单位'}</Text>
        <Text className="ws-head__who">
          即将到期 {list.counts.dueSoon} 件 · 已逾期 {list.counts.overdue} 件 · 待送达确认 {list.counts.awaitingReceipt}{' '}
          件
        </Text>
        {list.openNote ? <Text className="ws-head__who cases-open-note">{list.openNote}</Text> : null}
        <View className="cases-head__actions">
          {me.mayOpenCase !== false ? (
            <Button
              className="btn btn--small cases-head__btn cases-open"
              onClick={() => go(subpage('bureau', 'openCase'))}
            >
              立案
            </Button>
          ) : null}
          <Button
            className="btn btn--small cases-head__btn cases-head__btn--line cases-invite"
            onClick={() => go(subpage('bureau', 'invite'))}
          >
            生产者邀请码
          </Button>
        </View>
      </View>
      <CaseList
        list={list}
        variant="bureau"
        onOpen={(id) => go(subpage('bureau', 'case'), { id })}
        emptyText="立案后的召回案件会显示在这里，办理期限按法定工作日计算。"
      />
    </>
  );
}
