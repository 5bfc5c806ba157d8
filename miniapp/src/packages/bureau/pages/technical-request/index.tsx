import { useCallback, useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Image, Text, View } from '@tarojs/components';
import { type TMeResponse } from '@recall/shared';
import { RISK_LEVELS, type RiskLevel, type TTechnicalRequestDetail } from '@recall/shared/staff';
import { InfoRow } from '../../../../components/InfoRow';
import { LoadState } from '../../../../components/LoadState';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { answerAssessment, answerConsultation, fetchTechnicalRequest } from '../../../../features/technical/api';
import { TechField, TechFiles } from '../../../../features/technical/components/TechField';
import { TechnicalAnswer } from '../../../../features/technical/components/TechnicalAnswer';
import { EffectEvaluationForm, PlanEvaluationForm } from '../../../../features/technical/components/EvaluationForms';
import { ExpertPicker } from '../../../../features/technical/components/ExpertPicker';
import { useUploads } from '../../../../features/technical/useUploads';
import { participantsOf } from '../../../../features/technical/answer';
import { ApiError, errorMessage } from '../../../../services/errors';
import { formatShanghaiTime } from '../../../../utils/format';
import { idParam } from '../../../../utils/params';
import '../../../../features/technical/components/TechnicalPanel/index.css';

export default function TechnicalRequestPage() {
  return (
    <StaffGate
      className="tech-page"
      title="召回技术机构请求"
      allowed={(s) => ['technical', 'bureau', 'province'].includes(s.me?.role ?? '')}
      deniedText="技术会商和风险评估仅供市场监管部门和召回技术机构查看。"
    >
      {(me) => <RequestScreen me={me} />}
    </StaffGate>
  );
}

function RequestScreen({ me }: { me: TMeResponse }) {
  const { params } = useRouter();
  const id = idParam(params.id);
  const [r, setR] = useState<TTechnicalRequestDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const load = useCallback(async () => {
    if (!id) return;
    setLoading(true);
    try {
      setR(await fetchTechnicalRequest(id));
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!r) {
    return (
      <LoadState
        noun="请求"
        loading={loading}
        error={error ? errorMessage(error) : null}
        notFound={error instanceof ApiError && error.status === 404}
        notFoundTitle="无法查看这项请求"
        onReload={() => void load()}
      />
    );
  }
  const answering = me.role === 'technical' && r.status === 'pending';
  return (
    <View className="tech-request">
      <View className="card">
        <Text className="tech-answer__title">
          {r.kindLabel} · {r.statusLabel}
          {r.overdue ? ' · 已超期' : ''}
        </Text>
        <InfoRow label="对象" value={`${r.subject.label} ${r.subject.productName}`} />
        <InfoRow label="请求单位" value={`${r.requesterName}（${r.requestedBy}）`} />
        <InfoRow label="提出时间" value={formatShanghaiTime(r.requestedAt)} />
        <InfoRow label="技术机构" value={r.institutionName} />
        <InfoRow label="答复期限" value={r.dueOn} />
        <InfoRow label="问题" value={r.question} />
        {r.materials.length ? (
          <View className="tech-files">
            {r.materials.map((f) => (
              <Image key={f.id} className="tech-files__img" src={f.thumbUrl} mode="aspectFill" />
            ))}
          </View>
        ) : null}
      </View>

      {r.clue ? (
        <>
          <Text className="section-title">线索</Text>
          <View className="card tech-subject">
            <InfoRow label="产品" value={`${r.clue.brand} ${r.clue.productName} ${r.clue.model ?? ''}`} />
            <InfoRow label="批次" value={r.clue.batch ?? ''} />
            <InfoRow label="生产者" value={r.clue.producerName ?? ''} />
            <InfoRow label="问题描述" value={r.clue.description} />
            <InfoRow label="地区" value={r.clue.regionName} />
            {r.clue.contact ? (
              <InfoRow label="报告人" value={`${r.clue.contact.name} ${r.clue.contact.phone}`} />
            ) : null}
            {r.clue.photos.length ? (
              <View className="tech-files">
                {r.clue.photos.map((p) => (
                  <Image key={p.id} className="tech-files__img" src={p.thumbnailUrl} mode="aspectFill" />
                ))}
              </View>
            ) : null}
          </View>
        </>
      ) : null}
      {r.case ? (
        <>
          <Text className="section-title">案件</Text>
          <View className="card tech-subject">
            <InfoRow label="案件编号" value={r.case.caseNo} />
            <InfoRow label="状态" value={r.case.stateLabel} />
            <InfoRow label="生产者" value={r.case.producerName} />
            <InfoRow label="产品" value={`${r.case.brand ?? ''} ${r.case.productName} ${r.case.model ?? ''}`} />
            <InfoRow label="可能存在的缺陷" value={r.case.summary} />
            <InfoRow label="承办单位" value={r.case.bureauName} />
            {r.case.completion ? (
              <InfoRow
                label="完成情况"
                value={`涉及 ${r.case.completion.involved} 件，已完成 ${r.case.completion.completed} 件（${r.case.completion.rate}%）`}
              />
            ) : null}
          </View>
        </>
      ) : null}

      {r.experts.length ? (
        <View className="card">
          <InfoRow
            label="拟请专家"
            value={r.experts.map((e) => `${e.name}（${e.organisation}，${e.title}）`).join('、')}
          />
        </View>
      ) : null}
      <TechnicalAnswer r={r} />
      {answering && r.kind === 'plan_evaluation' ? <PlanEvaluationForm r={r} onDone={setR} /> : null}
      {answering && r.kind === 'effect_evaluation' ? <EffectEvaluationForm r={r} onDone={setR} /> : null}
      {answering && (r.kind === 'consultation' || r.kind === 'risk_assessment') ? (
        <AnswerForm r={r} onDone={setR} />
      ) : null}
    </View>
  );
}

function AnswerForm({ r, onDone }: { r: TTechnicalRequestDetail; onDone: (r: TTechnicalRequestDetail) => void }) {
  const risk = r.kind === 'risk_assessment';
  const [v, setV] = useState<Record<string, string>>({});
  const [riskLevel, setRiskLevel] = useState<RiskLevel | ''>('');
  const [expertIds, setExpertIds] = useState<number[]>(() => r.experts.map((e) => e.id));
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const files = useUploads();
  const set = (k: string) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const f = (k: string) => v[k] ?? '';

  const submit = async () => {
    setSending(true);
    setError(null);
    try {
      const done = risk
        ? await answerAssessment(r.id, {
            hazard: f('hazard'),
            riskLevel: riskLevel as RiskLevel,
            scope: f('scope'),
            basis: f('basis'),
            conclusion: f('conclusion'),
            fileIds: files.ids,
          })
        : await answerConsultation(r.id, {
            participants: participantsOf(f('participants')),
            expertIds,
            opinion: f('opinion'),
            conclusion: f('conclusion'),
            fileIds: files.ids,
          });
      onDone(done);
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="card tech-answer-form">
      <Text className="tech-answer__title">{risk ? '提交风险评估报告' : '提交技术会商记录'}</Text>
      {risk ? (
        <>
          <TechField label="危害" field="hazard" value={f('hazard')} onChange={set('hazard')} error={error} multiline />
          <View className="tech-form__field" data-key="riskLevel">
            <Text className="tech-form__label">风险等级</Text>
            <View className="tech-chips">
              {(Object.keys(RISK_LEVELS) as RiskLevel[]).map((k) => (
                <Button
                  key={k}
                  className={`choice-chip ${riskLevel === k ? 'choice-chip--on' : ''} tech-risk-${k}`}
                  onClick={() => setRiskLevel(k)}
                >
                  {RISK_LEVELS[k]}
                </Button>
              ))}
            </View>
            {error instanceof ApiError && error.issueFor('riskLevel') ? (
              <Text className="tech-form__error">{error.issueFor('riskLevel')}</Text>
            ) : null}
          </View>
          <TechField
            label="影响范围"
            field="scope"
            value={f('scope')}
            onChange={set('scope')}
            error={error}
            multiline
          />
          <TechField
            label="评估依据"
            field="basis"
            value={f('basis')}
            onChange={set('basis')}
            error={error}
            multiline
          />
          <TechField
            label="评估结论"
            field="conclusion"
            value={f('conclusion')}
            onChange={set('conclusion')}
            error={error}
            multiline
          />
          <TechFiles label="评估报告文件" u={files} error={error} field="fileIds" />
        </>
      ) : (
        <>
          <TechField
            label="参加会商的专家和人员（每行一位，姓名和单位）"
            field="participants"
            value={f('participants')}
            onChange={set('participants')}
            error={error}
            multiline
          />
          <ExpertPicker selected={expertIds} onChange={setExpertIds} error={error} />
          <TechField
            label="会商意见"
            field="opinion"
            value={f('opinion')}
            onChange={set('opinion')}
            error={error}
            multiline
            max={4000}
          />
          <TechField
            label="会商结论"
            field="conclusion"
            value={f('conclusion')}
            onChange={set('conclusion')}
            error={error}
            multiline
            max={1000}
          />
          <TechFiles label="附件（会商纪要等）" u={files} error={error} field="fileIds" />
        </>
      )}
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
