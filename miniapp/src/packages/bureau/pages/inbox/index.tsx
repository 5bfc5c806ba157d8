import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Cell, CellGroup } from '../../../../components/Cell';
import { EmptyState } from '../../../../components/EmptyState';
import { ListFooter } from '../../../../components/ListFooter';
import { BUREAU_CLUE, BUREAU_ENTER, BUREAU_IMPORT, subpage, url } from '../../../../constants/routes';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { InboxFilters, InboxItem } from '../../../../features/clues/components/Inbox';
import { useBureauInbox } from '../../../../features/clues/useBureauInbox';
import { ProvinceDashboard } from '../../../../features/oversight/components/ProvinceDashboard';
import '../../../../features/account/components/Workspace/index.css';
import './index.css';
import { CommissionsEntry } from '../../../../features/commissions/components/CommissionsEntry';

export default function BureauInbox() {
  return (
    <StaffGate
      className="ws inbox"
      title="市场监管局工作台"
      allowed={(s) => s.canOpenBureau}
      deniedText="此工作台仅供市场监管部门工作人员使用。"
    >
      {(me) => (
        <Inbox
          orgName={me.org?.name ?? '未关联单位'}
          who={`${me.displayName} · ${me.roleLabel}`}
          keepsCalendar={me.role === 'province' || me.role === 'admin'}
          province={me.role === 'province'}
        />
      )}
    </StaffGate>
  );
}

function Inbox(p: { orgName: string; who: string; keepsCalendar: boolean; province: boolean }) {
  const { orgName, who, keepsCalendar, province } = p;
  useEffect(() => {
    if (province) void Taro.setNavigationBarTitle({ title: '省市场监管局工作台' }).catch(() => undefined);
  }, [province]);
  const inbox = useBureauInbox(true);
  const f = inbox.filter;
  const filtered = Object.keys(f).length > 0;
  const open = (id: number) => void Taro.navigateTo({ url: url(BUREAU_CLUE, { id }) });

  return (
    <>
      <View className="ws-head">
        <Text className="ws-head__title">{province ? '省市场监管局工作台' : '市场监管局工作台'}</Text>
        <Text className="ws-head__org">{orgName}</Text>
        <Text className="ws-head__who">{who}</Text>
        <View className="inbox-stats">
          <View className="inbox-stat">
            <Text className="inbox-stat__num inbox-unread">{inbox.unread}</Text>
            <Text className="inbox-stat__label">未读线索</Text>
          </View>
          <View className="inbox-stat">
            <Text className="inbox-stat__num">{inbox.total}</Text>
            <Text className="inbox-stat__label">{filtered ? '符合条件' : '全部线索'}</Text>
          </View>
        </View>
      </View>

      {province ? <ProvinceDashboard /> : null}

      <CellGroup title="工具">
        <Cell
          className="ws-entry-cases"
          badge="案"
          title="案件"
          description="召回案件的通知、文书、期限和办理记录"
          onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'cases')) })}
        />
        <Cell
          className="ws-entry-invite"
          badge="邀"
          title="生产者邀请码"
          description="生产者凭邀请码绑定后，在小程序中接收通知书、报告召回"
          onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'invite')) })}
        />
        <Cell
          className="ws-entry-enter"
          badge="录"
          title="录入线索"
          description="监督抽查、风险监测、12315 等其他来源的线索"
          onClick={() => void Taro.navigateTo({ url: url(BUREAU_ENTER) })}
        />
        <Cell
          className="ws-entry-import"
          badge="导"
          title="导入召回信息"
          description="上传 .jsonl 文件，批量发布或更新召回信息"
          onClick={() => void Taro.navigateTo({ url: url(BUREAU_IMPORT) })}
        />
        {keepsCalendar ? (
          <Cell
            className="ws-entry-foreign"
            badge="外"
            title="导入国外召回"
            description="美国、欧盟、加拿大的召回记录，命中本省产品的生成线索"
            onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'foreignImport')) })}
          />
        ) : null}
        <CommissionsEntry province={province} />
        {province ? null : (
          <>
            <Cell
              className="ws-entry-oversight"
              badge="督"
              title="督办"
              description={
                keepsCalendar ? '各市在办案件的期限、逾期事项、待省局办理的异议和上报' : '本局在办案件的期限和逾期事项'
              }
              onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'oversight')) })}
            />
            <Cell
              className="ws-entry-statistics"
              badge="统"
              title="统计分析"
              description={
                keepsCalendar
                  ? '全省及各市的召回、线索、完成率，导出统计表和分析报告'
                  : '本市的召回、线索、完成率，导出统计表和分析报告'
              }
              onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'statistics')) })}
            />
            <Cell
              className="ws-entry-evaluation"
              badge="评"
              title="评价"
              description={keepsCalendar ? '省局对各设区市召回工作的评价' : '省局对本市召回工作的评价和评分'}
              onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'evaluation')) })}
            />
          </>
        )}
        <Cell
          className="ws-entry-experts"
          badge="专"
          title="专家库"
          description={keepsCalendar ? '录入和维护召回专家，供技术会商选用' : '查看召回专家，请求技术会商时选用'}
          onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'experts')) })}
        />
        <Cell
          className="ws-entry-typical"
          badge="案"
          title="案例库"
          description="按产品类别、缺陷类别和关键词检索典型案例"
          onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'typicalCases')) })}
        />
        {keepsCalendar ? (
          <Cell
            className="ws-entry-platforms"
            badge="商"
            title="电商平台"
            description="登记电商平台和订阅范围，查看各平台确认、下架和通知消费者的情况"
            onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'platforms')) })}
          />
        ) : null}
        {keepsCalendar ? (
          <Cell
            className="ws-entry-calendar"
            badge="历"
            title="法定节假日安排"
            description="录入新一年的节假日与调休，期限随即按工作日重新计算"
            onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'calendar')) })}
          />
        ) : null}
      </CellGroup>

      <Text className="section-title">缺陷线索</Text>
      <InboxFilters inbox={inbox} />

      {inbox.error && inbox.items.length === 0 ? (
        <View className="card">
          <EmptyState glyph="!" tone="warning" title="暂时无法加载线索" description={inbox.error}>
            <Button className="btn btn--primary btn--small" onClick={inbox.retry}>
              重新加载
            </Button>
          </EmptyState>
        </View>
      ) : inbox.loaded && inbox.items.length === 0 ? (
        <View className="card">
          <EmptyState
            glyph="空"
            title={filtered ? '没有符合条件的线索' : '暂无线索'}
            description={
              filtered ? '换个筛选条件试试。' : '分派或抄送给本单位的缺陷线索会显示在这里，受理期限按法定工作日计算。'
            }
          />
        </View>
      ) : (
        <View className="inbox-list">
          {inbox.items.map((c) => (
            <InboxItem key={c.id} c={c} onOpen={open} />
          ))}
          <ListFooter
            className="inbox-footer"
            loading={inbox.loading}
            error={inbox.error}
            hasMore={inbox.hasMore}
            count={inbox.items.length}
            total={inbox.total}
            unit="条"
            onRetry={inbox.retry}
            onMore={inbox.loadMore}
          />
        </View>
      )}
    </>
  );
}
