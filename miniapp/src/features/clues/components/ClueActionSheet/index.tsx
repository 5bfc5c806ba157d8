import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import type { TBureauListResponse } from '@recall/shared';
import { ActionSheet } from '../../../../components/ActionSheet';
import type { ActionKind, useBureauClue } from '../../useBureauClue';
import { placeOf } from '../../useBureaus';

/** The bureau's inbox actions: label, stable class (end-to-end tests) and button tone. */
export const CLUE_ACTIONS: Record<ActionKind, { label: string; className: string; tone: string }> = {
  accept: { label: '受理核实', className: 'clue-accept', tone: 'btn--primary' },
  merge: { label: '合并', className: 'clue-merge', tone: 'btn--plain' },
  transfer: { label: '移送', className: 'clue-transfer', tone: 'btn--plain' },
  reject: { label: '不予受理', className: 'clue-reject', tone: 'btn--danger-line' },
};

type Bureau = TBureauListResponse['items'][number];

interface Props {
  b: ReturnType<typeof useBureauClue>;
  /** Where a transfer may go, and the one picked (-1: none yet). */
  targets: Bureau[];
  targetIndex: number;
  bureaus: { data: TBureauListResponse | null; error: string | null };
}

/** The sheet of the action being taken on a clue: its fields, errors and confirm. */
export function ClueActionSheet({ b, targets, targetIndex, bureaus }: Props) {
  return (
    <>
      {b.action ? (
        <ActionSheet
          className="bc-sheet"
          panelClassName={`bc-sheet--${b.action}`}
          title={CLUE_ACTIONS[b.action].label}
          error={b.errors.form}
          sending={b.sending}
          confirmLabel={`确认${CLUE_ACTIONS[b.action].label}`}
          confirmClassName="bc-sheet__confirm"
          onClose={b.close}
          onConfirm={() => void b.confirm()}
        >
          {b.action === 'accept' ? (
            <Text className="sheet__hint">受理后线索进入核实，报告人会看到“受理核实”。</Text>
          ) : null}
          {b.action === 'reject' ? (
            <Text className="sheet__hint">理由会原样告知报告人，请写清楚为什么不予受理。</Text>
          ) : null}
          {b.action === 'merge' ? (
            <>
              <Text className="sheet__label">合并到线索编号</Text>
              <View className={`sheet__box ${b.errors.intoClueId ? 'sheet__box--error' : ''}`}>
                <Input
                  className="bc-sheet__input"
                  type="number"
                  value={b.form.intoClueId}
                  placeholder="从上方“可能重复的线索”选择，或输入编号"
                  placeholderClass="form-placeholder"
                  onInput={(e) => b.setField('intoClueId', e.detail.value)}
                />
              </View>
              {b.errors.intoClueId ? <Text className="field__error">{b.errors.intoClueId}</Text> : null}
            </>
          ) : null}
          {b.action === 'transfer' ? (
            <>
              <Text className="sheet__label">移送至</Text>
              <Picker
                mode="selector"
                range={targets.map((t) => placeOf(t.name) + (t.level === 'province' ? '（省局）' : ''))}
                value={Math.max(0, targetIndex)}
                disabled={targets.length === 0}
                onChange={(e) => b.setField('toBureauCode', targets[Number(e.detail.value)]?.code ?? '')}
              >
                <View className={`sheet__box bc-sheet__pick ${b.errors.toBureauCode ? 'sheet__box--error' : ''}`}>
                  <Text className={targetIndex >= 0 ? '' : 'form-placeholder'}>
                    {targetIndex >= 0
                      ? targets[targetIndex].name
                      : bureaus.error
                        ? '单位列表加载失败，点此重试'
                        : bureaus.data
                          ? '请选择市场监管局'
                          : '正在加载单位列表…'}
                  </Text>
                  <Text className="bc-sheet__caret">›</Text>
                </View>
              </Picker>
              {b.errors.toBureauCode ? <Text className="field__error">{b.errors.toBureauCode}</Text> : null}
            </>
          ) : null}
          {b.action === 'reject' || b.action === 'transfer' ? (
            <>
              <Text className="sheet__label">{b.action === 'reject' ? '不予受理的理由' : '移送理由'}</Text>
              <View className={`sheet__box sheet__area ${b.errors.reason ? 'sheet__box--error' : ''}`}>
                <Textarea
                  className="sheet__textarea"
                  value={b.form.reason}
                  maxlength={500}
                  placeholder={
                    b.action === 'reject'
                      ? '例如：所述问题属于产品质量纠纷，不属于缺陷线索，建议拨打 12315。'
                      : '例如：生产者登记地在南京市，属南京市局管辖。'
                  }
                  placeholderClass="form-placeholder"
                  onInput={(e) => b.setField('reason', e.detail.value)}
                />
              </View>
              {b.errors.reason ? <Text className="field__error">{b.errors.reason}</Text> : null}
            </>
          ) : (
            <>
              <Text className="sheet__label">说明（选填）</Text>
              <View className="sheet__box sheet__area">
                <Textarea
                  className="sheet__textarea"
                  value={b.form.note}
                  maxlength={500}
                  placeholder="报告人可以看到这段说明"
                  placeholderClass="form-placeholder"
                  onInput={(e) => b.setField('note', e.detail.value)}
                />
              </View>
            </>
          )}
        </ActionSheet>
      ) : null}
    </>
  );
}
