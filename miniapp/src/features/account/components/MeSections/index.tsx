import Taro from '@tarojs/taro';
import { Switch, Text, View } from '@tarojs/components';
import { Cell, CellGroup } from '../../../../components/Cell';
import { BUREAU_INBOX, PAGES, PRODUCER_INBOX, subpage, url } from '../../../../constants/routes';
import { useLargeText } from '../../../../hooks/usePrefs';
import { openPrivacyContract } from '../../../../services/privacy';
import { askSubscribe } from '../../../notify/subscribe';
import { nativeLabel } from '../../../../utils/a11y';
import { isWeapp } from '../../../../utils/env';
import type { useSession } from '../../useSession';

type Session = ReturnType<typeof useSession>;

function showAbout() {
  void Taro.showModal({
    title: '关于本服务',
    content:
      '本服务提供缺陷消费品召回信息查询和缺陷线索报告。召回信息来自生产者向市场监管部门报告的召回计划；你的报告将转交产品生产者所在地的市场监管部门核实处理。',
    showCancel: false,
    confirmColor: '#1B5BBF',
  });
}

/**
 * Opens a staff workspace. Staff are asked for the case-notice and deadline subscribe messages
 * here, synchronously in the tap (WeChat's rule), and the page opens once they answered.
 */
function openWorkspace(path: string) {
  void askSubscribe('workspace_opened').then(() => void Taro.navigateTo({ url: url(path) }));
}

/** Who is signed in: name, role and organisation, or how to sign in. */
export function ProfileCard({ session }: { session: Session }) {
  const me = session.me;
  return (
    <View className="me-card">
      <View className="me-avatar">
        <Text>{me ? me.displayName.slice(0, 1) : '访'}</Text>
      </View>
      <View className="me-info">
        {me ? (
          <>
            <Text className="me-name">{me.displayName}</Text>
            <View className="me-meta">
              <Text className="me-role">{me.roleLabel}</Text>
              {me.org ? <Text className="me-org">{me.org.name}</Text> : null}
            </View>
          </>
        ) : session.loading ? (
          <Text className="me-name me-name--muted">正在确认登录状态…</Text>
        ) : (
          <>
            <Text className="me-name me-name--muted">未登录</Text>
            <Text className="me-hint">登录后可提交缺陷报告、查看办理进度</Text>
          </>
        )}
      </View>
    </View>
  );
}

/** The staff workspaces, in the order 我的 lists them: who may open each, and where it leads. */
const WORKSPACES: ReadonlyArray<{
  shows: (s: Session) => boolean;
  className: string;
  badge: string;
  title: string;
  description: string;
  page: string;
}> = [
  {
    shows: (s) => s.canOpenCounty,
    className: 'me-entry-county',
    badge: '县',
    title: '县级市场监管局工作台',
    description: '本县线索、通知书送达和协查',
    page: subpage('bureau', 'county'),
  },
  {
    shows: (s) => s.canOpenBureau && s.me?.role === 'province',
    className: 'me-entry-bureau me-entry-province',
    badge: '省',
    title: '省市场监管局工作台',
    description: '全省召回工作的统计、督办和对各市的评价',
    page: BUREAU_INBOX,
  },
  {
    shows: (s) => s.canOpenBureau && s.me?.role !== 'province',
    className: 'me-entry-bureau',
    badge: '监',
    title: '市场监管局工作台',
    description: '受理和处理属地缺陷线索',
    page: BUREAU_INBOX,
  },
  {
    shows: (s) => s.canOpenTechnical,
    className: 'me-entry-technical',
    badge: '技',
    title: '召回技术机构工作台',
    description: '答复技术会商和风险评估请求',
    page: subpage('bureau', 'technical'),
  },
  {
    shows: (s) => s.canOpenPlatform,
    className: 'me-entry-platform',
    badge: '商',
    title: '电商平台工作台',
    description: '收到的召回、确认收到和下架、通知消费者等处置',
    page: subpage('platform', 'inbox'),
  },
  {
    shows: (s) => s.canOpenProducer,
    className: 'me-entry-producer',
    badge: '企',
    title: '生产者工作台',
    description: '查看监管部门的通知并回复',
    page: PRODUCER_INBOX,
  },
  {
    shows: (s) => s.canOpenProducer,
    className: 'me-entry-requests',
    badge: '申',
    title: '消费者召回申请',
    description: '受理、安排和完成消费者的召回申请',
    page: subpage('producer', 'requests'),
  },
];

/** 工作台: the staff workspaces this account may open. */
export function WorkspaceLinks({ session }: { session: Session }) {
  const shown = WORKSPACES.filter((w) => w.shows(session));
  if (!shown.length) return null;
  return (
    <CellGroup title="工作台">
      {shown.map((w) => (
        <Cell
          key={w.className}
          className={w.className}
          badge={w.badge}
          title={w.title}
          description={w.description}
          onClick={() => openWorkspace(w.page)}
        />
      ))}
    </CellGroup>
  );
}

/** 阅读: large text, switched on the row or on its switch. */
export function ReadingPrefs() {
  const { largeText, setLargeText } = useLargeText();
  return (
    <CellGroup title="阅读">
      <Cell
        className="me-large-text"
        badge="大"
        title="大字模式"
        description={largeText ? '已开启：文字和按钮已放大' : '放大文字和按钮，方便长辈阅读'}
        arrow={false}
        onClick={() => setLargeText(!largeText)}
        extra={
          // The row toggles on tap; the switch's own tap must not reach the row too.
          <View className="me-switch" onClick={(e) => e.stopPropagation()}>
            <Switch
              checked={largeText}
              color="#1B5BBF"
              onChange={(e) => setLargeText(e.detail.value)}
              {...nativeLabel('大字模式')}
            />
          </View>
        }
      />
    </CellGroup>
  );
}

/** 服务: staff sign-in, producer binding, privacy and about. */
export function ServiceLinks({ session }: { session: Session }) {
  const me = session.me;
  return (
    <CellGroup title="服务">
      {!session.staff ? (
        <Cell
          className="me-staff-login"
          badge="工"
          title="工作人员登录"
          description="市场监管部门、生产者客服人员、电商平台"
          onClick={session.openStaffLogin}
        />
      ) : null}
      {/* a WeChat consumer binds; in the browser, someone signed out registers with the code */}
      {me?.role === 'consumer' || (!me && !session.loading && !isWeapp()) ? (
        <Cell
          className="me-bind-producer"
          badge="企"
          title="绑定生产者账号（邀请码）"
          description="生产者客服人员凭市场监管局发放的邀请码开通"
          onClick={() => void Taro.navigateTo({ url: url(subpage('producer', 'bind')) })}
        />
      ) : null}
      <Cell
        className="me-statistics"
        badge="统"
        title="召回统计"
        description="全省已发布召回的数量、类别、地区和完成情况"
        onClick={() => void Taro.navigateTo({ url: url(PAGES.statistics) })}
      />
      {isWeapp() ? <Cell badge="隐" title="隐私保护指引" onClick={openPrivacyContract} /> : null}
      <Cell badge="i" title="关于本服务" onClick={showAbout} />
    </CellGroup>
  );
}
