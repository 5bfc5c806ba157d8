import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { EmptyState } from '../../components/EmptyState';
import { PageShell } from '../../components/PageShell';
import { Steps } from '../../components/Steps';
import { PAGES, url } from '../../constants/routes';
import { useClueReceipt } from '../../features/clues/useClues';
import { CoveringRecalls } from '../../features/clues/components/CoveringRecalls';
import { idParam } from '../../utils/params';
import './index.css';

const WHAT_NEXT = [
  {
    title: '核实',
    description: '市场监管局在规定时限内核实你报告的情况；需要了解情况时，工作人员会按你留下的电话联系你。',
  },
  {
    title: '调查',
    description: '确有缺陷可能的，市场监管局会通知生产者开展调查分析，必要时组织缺陷调查。',
  },
  {
    title: '告知',
    description: '受理、移送、合并或不予受理，都会记录在“我的报告”中，并写明理由。',
  },
];

export default function ClueReceiptPage() {
  const { params } = useRouter();
  const id = idParam(params.id);
  const { receipt, error, reload } = useClueReceipt(id);

  const copy = () => {
    if (!receipt) return;
    void Taro.setClipboardData({ data: receipt.receiptNo });
  };
  const goDetail = () => receipt && void Taro.redirectTo({ url: url(PAGES.clue, { id: receipt.id }) });
  const goMine = () => void Taro.redirectTo({ url: url(PAGES.myClues) });

  if (!receipt) {
    return (
      <PageShell className="receipt">
        {error ? (
          <EmptyState glyph="!" tone="warning" title="暂时无法显示回执" description={error}>
            <Button className="btn btn--primary btn--small" onClick={() => void reload()}>
              重新加载
            </Button>
          </EmptyState>
        ) : (
          <EmptyState glyph="…" title="正在加载回执" />
        )}
      </PageShell>
    );
  }

  const r = receipt.routing;
  return (
    <PageShell className="receipt">
      <View className="clue-receipt">
        <View className="receipt-head">
          <View className="receipt-head__mark">
            <Text>✓</Text>
          </View>
          <Text className="receipt-head__title">报告已提交</Text>
          <Text className="receipt-head__desc">感谢你的报告。请记下报告编号，便于查询和咨询。</Text>
          <View className="receipt-no" onClick={copy}>
            <Text className="receipt-no__label">报告编号</Text>
            <Text className="receipt-no__value clue-receipt-no">{receipt.receiptNo}</Text>
            <Text className="receipt-no__copy">复制</Text>
          </View>
        </View>

        <CoveringRecalls recalls={receipt.recalls} />

        <Text className="section-title">由谁处理</Text>
        <View className="card receipt-route">
          <Text className="receipt-route__label">接收单位</Text>
          <Text className="receipt-route__bureau clue-receipt-bureau">{r.bureauName}</Text>
          <Text className="receipt-route__label receipt-route__label--gap">为什么交给这里</Text>
          <Text className="receipt-route__reason">{r.reason}</Text>
          {r.copiedTo.length ? (
            <>
              <Text className="receipt-route__label receipt-route__label--gap">同时告知</Text>
              <Text className="receipt-route__copied">{r.copiedToNames.join('、')}</Text>
            </>
          ) : null}
        </View>

        <Text className="section-title">接下来</Text>
        <View className="card">
          <Steps items={WHAT_NEXT} />
        </View>

        <View className="notice">
          <Text>缺陷线索报告不处理赔偿、退换货等个人诉求。需要赔偿或投诉，请拨打 12315。</Text>
        </View>

        <View className="receipt-actions">
          <Button className="btn btn--primary" onClick={goDetail}>
            查看办理进度
          </Button>
          <Button className="btn btn--plain receipt-actions__mine" onClick={goMine}>
            我的报告
          </Button>
        </View>
      </View>
    </PageShell>
  );
}
