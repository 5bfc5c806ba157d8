import { Text, Textarea, View } from '@tarojs/components';
import { todayInShanghai } from '@recall/shared';
import { ActionSheet } from '../../../../components/ActionSheet';
import { DateField } from '../../../../components/DateField';
import type { StepKind, useProducerRequest } from '../../useProducerRequests';
import { RemedyChips } from '../RemedyChips';

/* Customer service's steps on a remedy request (styled by the producer request page). */

/** Each step's button label and tone, and what its sheet tells customer service. */
export const REQUEST_STEPS: Record<StepKind, { label: string; tone: string; hint: string }> = {
  accept: {
    label: '受理',
    tone: 'btn--primary',
    hint: '受理后请尽快按消费者留下的电话联系，约定处理方式。消费者会看到“生产者已受理”。',
  },
  reject: {
    label: '不在召回范围',
    tone: 'btn--danger-line',
    hint: '理由会原样告知消费者。请写清楚核对了什么（如铭牌上的批次、生产日期）。',
  },
  schedule: {
    label: '安排处理',
    tone: 'btn--plain',
    hint: '约定的上门、寄回或到店日期和方式，消费者会看到这段说明。',
  },
  complete: {
    label: '完成召回',
    tone: 'btn--primary',
    hint: '选择实际采取的补救方式。完成后计入本次召回的完成数量。',
  },
};

const NOTE_LABEL: Record<StepKind, string> = {
  accept: '说明（选填）',
  reject: '不在召回范围的理由',
  schedule: '安排说明',
  complete: '说明（选填）',
};

const NOTE_PLACEHOLDER: Record<StepKind, string> = {
  accept: '例如：已电话联系，消费者方便周末上门。',
  reject: '例如：铭牌批次为 20230101B，不在本次召回的批次范围内。',
  schedule: '例如：售后人员上门更换，上午 9:00–12:00。',
  complete: '例如：已上门更换新充电器，旧件已回收。',
};

/** The sheet of the step being taken: date, remedy, note, errors and confirm. */
export function RequestStepSheet({ p }: { p: ReturnType<typeof useProducerRequest> }) {
  return (
    <>
      {p.step ? (
        <ActionSheet
          className="prq-sheet"
          panelClassName={`prq-sheet__panel prq-sheet--${p.step}`}
          title={REQUEST_STEPS[p.step].label}
          error={p.errors.form}
          sending={p.sending}
          confirmLabel={`确认${REQUEST_STEPS[p.step].label}`}
          confirmClassName="action-confirm"
          onClose={p.close}
          onConfirm={() => void p.confirm()}
        >
          <Text className="sheet__hint">{REQUEST_STEPS[p.step].hint}</Text>

          {p.step === 'schedule' ? (
            <>
              <Text className="sheet__label">处理日期</Text>
              <View className={`sheet__box action-date ${p.errors.scheduledOn ? 'sheet__box--error' : ''}`}>
                <DateField
                  value={p.form.scheduledOn}
                  onChange={(v) => p.setField('scheduledOn', v)}
                  placeholder="请选择处理日期"
                  start={todayInShanghai()}
                />
              </View>
              {p.errors.scheduledOn ? <Text className="field__error">{p.errors.scheduledOn}</Text> : null}
            </>
          ) : null}

          {p.step === 'complete' ? (
            <>
              <Text className="sheet__label">实际补救方式</Text>
              <RemedyChips value={p.form.remedy} onChange={(v) => p.setField('remedy', v)} />
              {p.errors.remedy ? <Text className="field__error">{p.errors.remedy}</Text> : null}
            </>
          ) : null}

          <Text className="sheet__label">{NOTE_LABEL[p.step]}</Text>
          <View className={`sheet__box sheet__area ${p.errors.note ? 'sheet__box--error' : ''}`}>
            <Textarea
              className="sheet__textarea action-note"
              value={p.form.note}
              maxlength={500}
              placeholder={NOTE_PLACEHOLDER[p.step]}
              placeholderClass="form-placeholder"
              onInput={(e) => p.setField('note', e.detail.value)}
            />
          </View>
          {p.errors.note ? <Text className="field__error">{p.errors.note}</Text> : null}
        </ActionSheet>
      ) : null}
    </>
  );
}
