import { Text } from '@tarojs/components';
import { CLUE_STATUSES, type ClueStatus } from '@recall/shared';

/** 已接收 / 核实中 / 已合并 / 不予受理. */
export function ClueStatusTag({ status }: { status: ClueStatus }) {
  return (
    <Text className={`pill pill--${CLUE_TONE[status]} clue-status clue-status--${status}`}>
      {CLUE_STATUSES[status]}
    </Text>
  );
}

const CLUE_TONE: Record<ClueStatus, string> = {
  received: 'info',
  verifying: 'pending',
  merged: 'closed',
  rejected: 'refused',
  passedOn: 'closed',
};

/** What the reporter can expect next, by status. */
export const NEXT_STEP: Record<ClueStatus, string> = {
  received: '市场监管局已收到报告，将在规定时限内核实。需要了解情况时，工作人员会按你留下的电话联系你。',
  verifying: '市场监管局正在核实，必要时会通知生产者开展调查分析。处理结果会在这里更新。',
  merged: '你的报告与其他人报告的同一问题合并办理，办理进度以合并后的线索为准。',
  rejected: '市场监管局决定不予受理，理由见下方办理记录。如需赔偿或投诉，请拨打 12315。',
  passedOn: '产品的生产者在外省，省市场监管局已将报告移送生产者所在省的市场监管部门依法处理。',
};
