import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Picker, Text, View } from '@tarojs/components';
import type { CommissionPurpose } from '@recall/shared';
import type { TCommissionList } from '@recall/shared/staff';
import { CountedTextarea } from '../../../../components/CountedTextarea';
import { DateField } from '../../../../components/DateField';
import { FormField } from '../../../../components/FormField';
import { subpage, url } from '../../../../constants/routes';
import { ApiError, errorMessage } from '../../../../services/errors';
import { createCommission } from '../../api';
import { useCommissions } from '../../useCommissions';
import './index.css';

interface Props {
  clueId?: number;
  caseId?: number;
  /** The province may commission on this clue or case now (an open clue, a recall under way). */
  canCommission: boolean;
}

/**
 * 委托核查 on the province's clue or case page (辽 第五、九、十七条): what was commissioned of which
 * city or county bureau, by when, the feedback, and the form to commission. Nothing where the
 * province's profile has no such step.
 */
export function CommissionsPanel({ clueId, caseId, canCommission }: Props) {
  const q = useCommissions(clueId ? { clueId } : { caseId });
  if (!q.data?.enabled) return null;
  const purpose: CommissionPurpose = clueId ? 'verify_clue' : 'supervise_recall';
  return (
    <View className="commission-panel">
      <Text className="section-title">{clueId ? '委托市县核实' : '委托市县督促召回'}</Text>
      <View className="card">
        {q.error ? <Text className="commission-muted">{q.error}</Text> : null}
        {!q.data.items.length ? <Text className="commission-muted">尚未委托市局或县级市场监管局。</Text> : null}
        {q.data.items.map((c) => (
          <View
            key={c.id}
            className="commission-item"
            data-commission={c.id}
            onClick={() => void Taro.navigateTo({ url: url(subpage('bureau', 'commission'), { id: c.id }) })}
          >
            <Text className="commission-item__title">
              {c.bureauName} · {c.stateLabel}
            </Text>
            <Text className="commission-item__meta">
              {c.request}（{c.dueOn} 前反馈）
            </Text>
            {c.feedback ? <Text className="commission-item__answer">反馈：{c.feedback.note}</Text> : null}
          </View>
        ))}
        {canCommission && q.data.targets.length ? (
          <CommissionForm
            subject={clueId ? { clueId } : { caseId }}
            purpose={purpose}
            list={q.data}
            onDone={() => void q.reload()}
          />
        ) : null}
      </View>
    </View>
  );
}

function CommissionForm(p: {
  subject: { clueId?: number; caseId?: number };
  purpose: CommissionPurpose;
  list: TCommissionList;
  onDone: () => void;
}) {
  const [target, setTarget] = useState(-1);
  const [request, setRequest] = useState('');
  const [dueOn, setDueOn] = useState(p.list.defaultDueOn ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const targets = p.list.targets;
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await createCommission({
        purpose: p.purpose,
        ...p.subject,
        bureauCode: targets[target]?.code ?? '',
        request,
        ...(dueOn ? { dueOn } : {}),
      });
      setRequest('');
      void Taro.showToast({ title: '已委托', icon: 'success' });
      p.onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'CLIENT', errorMessage(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="commission-form">
      <FormField label="受委托单位" hint="" error={error?.issueFor('bureauCode')}>
        <Picker
          mode="selector"
          range={targets.map((x) => x.name)}
          value={Math.max(target, 0)}
          onChange={(e) => setTarget(Number(e.detail.value))}
        >
          <Text className="commission-form__picker">{target >= 0 ? targets[target].name : '请选择'}</Text>
        </Picker>
      </FormField>
      <FormField label="委托事项" hint="" error={error?.issueFor('request')}>
        <CountedTextarea
          value={request}
          max={1000}
          placeholder={
            p.purpose === 'verify_clue'
              ? '如：市场购检、消费者回访、与生产者技术交流'
              : '如：核实停止销售、通知消费者和召回实施情况'
          }
          onInput={setRequest}
        />
      </FormField>
      <FormField label="反馈期限" hint="" error={error?.issueFor('dueOn')}>
        <DateField value={dueOn} onChange={setDueOn} placeholder="选择日期" start={p.list.defaultDueOn ?? undefined} />
      </FormField>
      {error ? <Text className="commission-form__error">{error.message}</Text> : null}
      <Button className={`btn ${busy ? 'btn--busy' : ''}`} disabled={busy || undefined} onClick={submit}>
        {busy ? '正在提交…' : '发出委托'}
      </Button>
    </View>
  );
}
