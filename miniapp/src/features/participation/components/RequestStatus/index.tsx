import { Text, View } from '@tarojs/components';
import { RECALL_REQUEST_STATUSES, type RecallRequestStatus, type TRecallRequestView } from '@recall/shared';
import { formatShanghaiTime } from '../../../../utils/format';
import '../../../clues/components/ClueTimeline/index.css';
import './index.css';

/** The request's status, coloured by where it stands. */
export function RequestStatusTag({ status, label }: { status: RecallRequestStatus; label?: string }) {
  return (
    <Text className={`pill pill--${REQUEST_TONE[status]} request-tag request-tag--${status}`}>
      {label ?? RECALL_REQUEST_STATUSES[status]}
    </Text>
  );
}

const REQUEST_TONE: Record<RecallRequestStatus, string> = {
  submitted: 'info',
  accepted: 'pending',
  scheduled: 'pending',
  completed: 'done',
  confirmed: 'done',
  disputed: 'pending',
  rejected: 'closed',
};

/** Whether the stated batch / production date lies in the recall's scope, in words. */
export const SCOPE_TEXT: Record<TRecallRequestView['scope'], string> = {
  affected: '在召回范围内',
  not_affected: '不在召回范围',
  unknown: '无法判断',
};

export function ScopeHint({
  scope,
  audience,
}: {
  scope: TRecallRequestView['scope'];
  audience: 'consumer' | 'producer';
}) {
  const who = audience === 'consumer' ? '你' : '消费者';
  const more: Record<TRecallRequestView['scope'], string> = {
    affected: '',
    not_affected:
      audience === 'consumer'
        ? '请再核对标签上的批次号和生产日期；最终以生产者核实为准。'
        : '请核对铭牌照片；确不在范围的，选择“不在召回范围”并写明理由。',
    unknown:
      audience === 'consumer'
        ? '未填写批次或生产日期，或召回未限定范围，由生产者核实。'
        : '未填写批次或生产日期，或召回未限定范围，请根据铭牌照片或联系消费者核实。',
  };
  return (
    <View className={`scope-hint scope-hint--${scope}`}>
      <Text className="scope-hint__text">
        按{who}填写的批次/生产日期：<Text className="scope-hint__value">{SCOPE_TEXT[scope]}</Text>
      </Text>
      {more[scope] ? <Text className="scope-hint__more">{more[scope]}</Text> : null}
    </View>
  );
}

const FLOW: RecallRequestStatus[] = ['submitted', 'accepted', 'scheduled', 'completed'];
const FLOW_LABEL: Record<RecallRequestStatus, string> = {
  submitted: '提交申请',
  accepted: '生产者受理',
  scheduled: '安排处理',
  completed: '完成召回',
  confirmed: '完成召回',
  disputed: '完成召回',
  rejected: '不在召回范围',
};

/** Where the request stands on 提交 → 受理 → 安排 → 完成 (a rejection ends the line in red). */
export function RequestProgress({ request }: { request: Pick<TRecallRequestView, 'status' | 'events'> }) {
  const reached = new Set(request.events.map((e) => e.status));
  reached.add('submitted');
  reached.add(request.status);
  const rejected = request.status === 'rejected';
  // A request completed without a separate schedule step still shows the line as passed.
  // A confirmed completion stands on the completion step; a disputed one puts the line back before it.
  const current = rejected
    ? -1
    : request.status === 'disputed'
      ? 2
      : request.status === 'confirmed'
        ? 3
        : FLOW.indexOf(request.status);
  const steps: RecallRequestStatus[] = rejected
    ? [...FLOW.filter((s) => s !== 'completed' && reached.has(s)), 'rejected']
    : FLOW;
  return (
    <View className="request-progress">
      {steps.map((s, i) => {
        const done = rejected ? true : i <= current;
        return (
          <View
            key={s}
            className={`request-progress__step ${done ? 'request-progress__step--done' : ''} ${s === 'rejected' ? 'request-progress__step--rejected' : ''}`}
          >
            <View className="request-progress__line-wrap">
              <View className={`request-progress__line ${i === 0 ? 'request-progress__line--hidden' : ''}`} />
              <View className="request-progress__dot">
                <Text>{s === 'rejected' ? '×' : done ? '✓' : String(i + 1)}</Text>
              </View>
              <View
                className={`request-progress__line ${i === steps.length - 1 ? 'request-progress__line--hidden' : ''}`}
              />
            </View>
            <Text className="request-progress__label">{FLOW_LABEL[s]}</Text>
          </View>
        );
      })}
    </View>
  );
}

/** Every step of a request, newest first, with its time and note. */
export function RequestEvents({ events }: { events: TRecallRequestView['events'] }) {
  if (events.length === 0) return <Text className="timeline__none">暂无处理记录</Text>;
  const ordered = [...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <View className="timeline">
      {ordered.map((e, i) => (
        <View key={`${e.at}-${e.status}-${i}`} className={`timeline__item ${i === 0 ? 'timeline__item--latest' : ''}`}>
          <View className="timeline__rail">
            <View className={`timeline__dot timeline__dot--${e.status}`} />
            {i < ordered.length - 1 ? <View className="timeline__line" /> : null}
          </View>
          <View className="timeline__body">
            <View className="timeline__head">
              <Text className="timeline__type">{e.label}</Text>
              <Text className="timeline__time">{formatShanghaiTime(e.at)}</Text>
            </View>
            {e.note ? <Text className="timeline__note">{e.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}

/** How long ago: '刚刚', '25 分钟前', '3 小时前', '2 天前'. */
export function ageText(iso: string, now: number = Date.now()): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const minutes = Math.max(0, Math.floor((now - t) / 60000));
  if (minutes < 1) return '刚刚';
  if (minutes < 60) return `${minutes} 分钟前`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} 小时前`;
  return `${Math.floor(hours / 24)} 天前`;
}
