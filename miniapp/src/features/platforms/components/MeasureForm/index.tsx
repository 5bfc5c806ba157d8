import { useState } from 'react';
import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import { PLATFORM_MEASURES, type PlatformMeasureKind, type TPlatformRecallStatus } from '@recall/shared/staff';
import { DateField } from '../../../../components/DateField';
import { FormField } from '../../../../components/FormField';
import { errorMessage } from '../../../../services/errors';
import { nativeLabel } from '../../../../utils/a11y';
import { reportMeasure } from '../../api';
import { checkMeasure, emptyMeasure, errorsOfFailure, type FieldErrors, type MeasureDraft } from '../../form';
import '../platforms.css';

const COUNT_LABEL: Record<PlatformMeasureKind, string> = {
  takedown: '下架的商品链接数',
  buyers_notified: '已通知的消费者人数',
  stock_blocked: '屏蔽的库存件数',
};

interface Props {
  recallId: number;
  kind: PlatformMeasureKind;
  onDone: (status: TPlatformRecallStatus) => void;
}

/** The platform reports one measure: how many, how buyers were told, when, and a note. */
export function MeasureForm({ recallId, kind, onDone }: Props) {
  const [d, setD] = useState<MeasureDraft>(emptyMeasure);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sending, setSending] = useState(false);
  const set = (key: keyof MeasureDraft) => (value: string) => {
    setD((o) => ({ ...o, [key]: value }));
    const field = key === 'date' || key === 'time' ? 'doneAt' : key;
    setErrors((e) => ({ ...e, [field]: '', form: '' }));
  };
  const submit = async () => {
    if (sending) return;
    const checked = checkMeasure(kind, d);
    if (!checked.body) return setErrors(checked.errors);
    setSending(true);
    setErrors({});
    try {
      onDone(await reportMeasure(recallId, checked.body));
      setD(emptyMeasure());
    } catch (err) {
      setErrors(errorsOfFailure(err, errorMessage(err)));
    } finally {
      setSending(false);
    }
  };
  const name = PLATFORM_MEASURES[kind];
  return (
    <View className={`plat-measure-form plat-measure-form--${kind}`}>
      <FormField label={COUNT_LABEL[kind]} hint="填写整数" dataKey="count" error={errors.count}>
        <Input
          className="plat-input plat-measure-count"
          type="number"
          value={d.count}
          maxlength={9}
          {...nativeLabel(`${name}：${COUNT_LABEL[kind]}`)}
          onInput={(e) => set('count')(e.detail.value)}
        />
      </FormField>
      {kind === 'buyers_notified' ? (
        <FormField label="通知渠道" hint="如站内信、短信、电话" optional dataKey="channel" error={errors.channel}>
          <Input
            className="plat-input plat-measure-channel"
            value={d.channel}
            maxlength={50}
            {...nativeLabel('通知渠道')}
            onInput={(e) => set('channel')(e.detail.value)}
          />
        </FormField>
      ) : null}
      <FormField
        label="完成时间"
        hint="北京时间；不填即为现在"
        optional
        dataKey="doneAt"
        error={errors.doneAt}
        className="plat-field--open"
      >
        <View className="plat-boxed">
          <DateField value={d.date} onChange={set('date')} placeholder="选择日期" />
        </View>
        <View className="plat-boxed">
          <Input
            className="plat-input plat-measure-time"
            value={d.time}
            maxlength={5}
            placeholder="时间，如 14:30"
            {...nativeLabel(`${name}的完成时刻`)}
            onInput={(e) => set('time')(e.detail.value)}
          />
        </View>
      </FormField>
      <FormField label="说明" hint="最多 500 字" optional dataKey="note" error={errors.note}>
        <Textarea
          className="plat-textarea plat-measure-note"
          value={d.note}
          maxlength={500}
          {...nativeLabel(`${name}的说明`)}
          onInput={(e) => set('note')(e.detail.value)}
        />
      </FormField>
      {errors.form || errors.kind ? (
        <View className="notice notice--error plat-form-error">
          <Text>{errors.form || errors.kind}</Text>
        </View>
      ) : null}
      <Button
        className={`btn btn--primary plat-measure-submit plat-measure-submit--${kind}`}
        disabled={sending || undefined}
        onClick={() => void submit()}
      >
        {sending ? '正在提交…' : `提交${name}情况`}
      </Button>
    </View>
  );
}
