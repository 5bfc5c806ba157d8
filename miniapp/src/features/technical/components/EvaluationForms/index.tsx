import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import {
  PLAN_CRITERIA,
  CHECK_RESULTS,
  EFFECT_CONCLUSIONS,
  PLAN_CONCLUSIONS,
  type CheckResult,
  type EffectConclusion,
  type PlanConclusion,
  type PlanCriterion,
  type TTechnicalRequestDetail,
} from '@recall/shared/staff';
import { ApiError, errorMessage } from '../../../../services/errors';
import { answerEffectEvaluation, answerPlanEvaluation } from '../../api';
import { useUploads } from '../../useUploads';
import { useReferences } from '../../../clues/useBureaus';
import { TechField, TechFiles } from '../TechField';

interface Props {
  r: TTechnicalRequestDetail;
  onDone: (r: TTechnicalRequestDetail) => void;
}

function Chips<K extends string>({
  field,
  options,
  value,
  onChange,
  error,
}: {
  field: string;
  options: Record<K, string>;
  value: K | '';
  onChange: (k: K) => void;
  error: unknown;
}) {
  const message = error instanceof ApiError ? error.issueFor(field) : undefined;
  return (
    <>
      <View className="tech-chips">
        {(Object.keys(options) as K[]).map((k) => (
          <Button
            key={k}
            className={`choice-chip ${value === k ? 'choice-chip--on' : ''} tech-${field.replace(/\./g, '-')}-${k}`}
            onClick={() => onChange(k)}
          >
            {options[k]}
          </Button>
        ))}
      </View>
      {message ? <Text className="tech-form__error">{message}</Text> : null}
    </>
  );
}

/** 召回计划形式评估: each of the four points 符合/不符合 with a note, then the conclusion. */
export function PlanEvaluationForm({ r, onDone }: Props) {
  const [results, setResults] = useState<Partial<Record<PlanCriterion, CheckResult>>>({});
  const [notes, setNotes] = useState<Partial<Record<PlanCriterion, string>>>({});
  const [conclusion, setConclusion] = useState<PlanConclusion | ''>('');
  const [opinion, setOpinion] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const files = useUploads();
  const rule = useReferences()?.planEvaluation;
  const submit = async () => {
    setSending(true);
    setError(null);
    try {
      const checklist = Object.fromEntries(
        PLAN_CRITERIA.map(([key]) => [key, { result: results[key], note: notes[key] ?? '' }]),
      ) as never;
      onDone(
        await answerPlanEvaluation(r.id, {
          checklist,
          conclusion: conclusion as PlanConclusion,
          opinion,
          fileIds: files.ids,
        }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };
  return (
    <View className="card tech-answer-form">
      <Text className="tech-answer__title">提交召回计划形式评估意见</Text>
      <Text className="tech-muted">
        逐项评估召回计划：批次准确、数量真实、内容完整、措施可行{rule ? `（${rule}）` : ''}。
      </Text>
      {PLAN_CRITERIA.map(([key, label]) => (
        <View key={key} className="tech-form__field" data-key={`checklist.${key}`}>
          <Text className="tech-form__label">{label}</Text>
          <Chips
            field={`checklist.${key}`}
            options={CHECK_RESULTS}
            value={results[key] ?? ''}
            onChange={(v) => setResults((o) => ({ ...o, [key]: v }))}
            error={error}
          />
          <Input
            className="tech-form__input"
            value={notes[key] ?? ''}
            maxlength={1000}
            placeholder={results[key] === 'unmet' ? '请说明不符合的原因' : '说明（可不填）'}
            onInput={(e) => setNotes((o) => ({ ...o, [key]: e.detail.value }))}
          />
          {error instanceof ApiError && error.issueFor(`checklist.${key}.note`) ? (
            <Text className="tech-form__error">{error.issueFor(`checklist.${key}.note`)}</Text>
          ) : null}
        </View>
      ))}
      <View className="tech-form__field" data-key="conclusion">
        <Text className="tech-form__label">评估结论</Text>
        <Chips
          field="conclusion"
          options={PLAN_CONCLUSIONS}
          value={conclusion}
          onChange={setConclusion}
          error={error}
        />
      </View>
      <TechField label="评估意见" field="opinion" value={opinion} onChange={setOpinion} error={error} multiline />
      <TechFiles label="附件" u={files} error={error} field="fileIds" />
      {error ? <View className="notice notice--error">{errorMessage(error)}</View> : null}
      <Button
        className="btn btn--primary tech-answer-submit"
        disabled={sending || files.busy}
        onClick={() => void submit()}
      >
        {sending ? '正在提交…' : '提交'}
      </Button>
    </View>
  );
}

/** 召回效果评估: the completion assessed, channels reached, residual risk, and the conclusion. */
export function EffectEvaluationForm({ r, onDone }: Props) {
  const c = r.case?.completion;
  const [v, setV] = useState<Record<string, string>>({
    unitsInScope: c ? String(c.involved) : '',
    unitsRemedied: c ? String(c.completed) : '',
  });
  const [conclusion, setConclusion] = useState<EffectConclusion | ''>('');
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const files = useUploads();
  const set = (k: string) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const f = (k: string) => v[k] ?? '';
  const num = (k: string) => (f(k).trim() === '' ? (undefined as never) : Number(f(k)));
  const submit = async () => {
    setSending(true);
    setError(null);
    try {
      onDone(
        await answerEffectEvaluation(r.id, {
          unitsInScope: num('unitsInScope'),
          unitsRemedied: num('unitsRemedied'),
          channelsReached: f('channelsReached'),
          residualRisk: f('residualRisk'),
          conclusion: conclusion as EffectConclusion,
          opinion: f('opinion'),
          fileIds: files.ids,
        }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };
  return (
    <View className="card tech-answer-form">
      <Text className="tech-answer__title">提交召回效果评估报告</Text>
      {c ? (
        <Text className="tech-muted">
          生产者报告：涉及 {c.involved} 件，已完成 {c.completed} 件，完成率 {c.rate}%。
        </Text>
      ) : null}
      <TechField
        label="召回范围内的产品数量"
        field="unitsInScope"
        value={f('unitsInScope')}
        onChange={set('unitsInScope')}
        error={error}
      />
      <TechField
        label="已召回处理的数量"
        field="unitsRemedied"
        value={f('unitsRemedied')}
        onChange={set('unitsRemedied')}
        error={error}
      />
      <TechField
        label="已覆盖的销售渠道"
        field="channelsReached"
        value={f('channelsReached')}
        onChange={set('channelsReached')}
        error={error}
        multiline
        max={1000}
      />
      <TechField
        label="剩余风险"
        field="residualRisk"
        value={f('residualRisk')}
        onChange={set('residualRisk')}
        error={error}
        multiline
        max={1000}
      />
      <View className="tech-form__field" data-key="conclusion">
        <Text className="tech-form__label">评估结论</Text>
        <Chips
          field="conclusion"
          options={EFFECT_CONCLUSIONS}
          value={conclusion}
          onChange={setConclusion}
          error={error}
        />
      </View>
      <TechField
        label="评估意见"
        field="opinion"
        value={f('opinion')}
        onChange={set('opinion')}
        error={error}
        multiline
      />
      <TechFiles label="评估报告文件" u={files} error={error} field="fileIds" />
      {error ? <View className="notice notice--error">{errorMessage(error)}</View> : null}
      <Button
        className="btn btn--primary tech-answer-submit"
        disabled={sending || files.busy}
        onClick={() => void submit()}
      >
        {sending ? '正在提交…' : '提交'}
      </Button>
    </View>
  );
}
