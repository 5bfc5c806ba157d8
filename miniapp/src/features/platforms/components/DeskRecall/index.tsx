import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { PlatformMeasureKind, TPlatformDelivery, TPlatformRecallStatus } from '@recall/shared/staff';
import { toastError } from '../../../../services/errors';
import { formatShanghaiTime } from '../../../../utils/format';
import { acknowledgeDelivery } from '../../api';
import { DueState } from '../RecallPlatformsPanel/Measures';
import { MeasureForm } from '../MeasureForm';
import { reportedWords } from '../../words';
import { RecallFacts } from './RecallFacts';
import '../platforms.css';

interface Props {
  status: TPlatformRecallStatus;
  delivery: TPlatformDelivery | null;
  onChange: (status: TPlatformRecallStatus) => void;
}

/** One recall on the platform's desk: the recall, 确认收到, and each measure with its report form. */
export function DeskRecall({ status, delivery, onChange }: Props) {
  const [open, setOpen] = useState<PlatformMeasureKind | null>(null);
  const [acking, setAcking] = useState(false);
  const acknowledge = async () => {
    if (!delivery || acking) return;
    setAcking(true);
    try {
      onChange(await acknowledgeDelivery(delivery.deliveryId));
    } catch (err) {
      toastError(err);
    } finally {
      setAcking(false);
    }
  };
  return (
    <View className="plat-desk-recall">
      {delivery ? <RecallFacts delivery={delivery} /> : null}
      <View className="card plat-ack">
        <Text className="section-title">接收确认</Text>
        {status.acknowledgedAt ? (
          <Text className="plat-muted plat-ack__done">已于 {formatShanghaiTime(status.acknowledgedAt)} 确认收到</Text>
        ) : (
          <>
            <Text className="plat-muted">
              推送时间：{formatShanghaiTime(status.pushedAt)}。请确认已收到，并按期限完成下列措施。
            </Text>
            <Button
              className="btn btn--primary plat-ack__button"
              disabled={acking || !delivery || undefined}
              onClick={() => void acknowledge()}
            >
              {acking ? '正在确认…' : '确认收到'}
            </Button>
            {!delivery ? <Text className="plat-muted">未找到这条召回的推送记录，请稍后重新进入本页。</Text> : null}
          </>
        )}
      </View>
      <View className="card plat-measures-card">
        <Text className="section-title">处置措施</Text>
        {status.measures.map((m) => (
          <View key={m.kind} className={`plat-measure plat-measure--${m.kind}`}>
            <View className="plat-measure__head">
              <Text className={`plat-measure__label ${m.state === 'overdue' ? 'plat-overdue' : ''}`}>{m.label}</Text>
              <DueState m={m} />
            </View>
            <Text className="plat-muted plat-measure__reported">{reportedWords(m)}</Text>
            {m.reports.map((r, i) => (
              <Text key={i} className="plat-muted">
                {formatShanghaiTime(r.doneAt)}：{r.count}
                {r.channel ? `（${r.channel}）` : ''}
                {r.note ? ` ${r.note}` : ''}
              </Text>
            ))}
            {open === m.kind ? (
              <MeasureForm
                recallId={status.recall.id}
                kind={m.kind}
                onDone={(s) => {
                  setOpen(null);
                  onChange(s);
                }}
              />
            ) : (
              <Button
                className={`btn btn--plain btn--small plat-measure-open plat-measure-open--${m.kind}`}
                onClick={() => setOpen(m.kind)}
              >
                {`报告${m.label}`}
              </Button>
            )}
          </View>
        ))}
      </View>
    </View>
  );
}
