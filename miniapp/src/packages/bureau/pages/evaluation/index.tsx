import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import type { TCityEvaluation } from '@recall/shared/staff';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { evaluationDocxPath, evaluationXlsxPath } from '../../../../features/oversight/api';
import { useEvaluation, type EvaluationDraft } from '../../../../features/oversight/useEvaluation';
import { periodChoices } from '../../../../features/oversight/useStatistics';
import { openStaffFile } from '../../../../services/download';
import '../statistics/index.css';
import './index.css';

export default function EvaluationPage() {
  return (
    <StaffGate
      className="stats-page"
      title="评价"
      allowed={(s) => ['bureau', 'province', 'admin'].includes(s.me?.role ?? '')}
      deniedText="召回工作评价供市场监管部门工作人员使用。"
    >
      {(me) => <Evaluation evaluates={me.role === 'province' || me.role === 'admin'} />}
    </StaffGate>
  );
}

/** 评价 (苏 第二十一条): the province scores each city on six criteria beside the indicators the records give; a city reads its own. */
function Evaluation({ evaluates }: { evaluates: boolean }) {
  const ev = useEvaluation();
  const c = ev.current;
  const title = ev.data ? `${ev.data.period.label}${c?.city.name ?? ev.data.place}` : '';
  const query = { period: ev.period };
  return (
    <View className="stats evaluation">
      <View className="card">
        <Text className="stats__label">评价期间</Text>
        <View className="stats__chips">
          {periodChoices().map((p) => (
            <Button
              key={p.period}
              className={`choice-chip stats__chip eval-period ${ev.period === p.period ? 'choice-chip--on' : ''}`}
              onClick={() => ev.setPeriod(p.period)}
            >
              {p.label}（{p.period}）
            </Button>
          ))}
        </View>
        {ev.data && ev.data.cities.length > 1 ? (
          <>
            <Text className="stats__label">地区</Text>
            <View className="stats__chips">
              {ev.data.cities.map((x) => (
                <Button
                  key={x.city.code}
                  className={`choice-chip stats__chip eval-city ${ev.city === x.city.code ? 'choice-chip--on' : ''}`}
                  onClick={() => ev.setCity(x.city.code)}
                >
                  {x.city.name}
                  {x.overall === null ? '' : ` ${x.overall}分`}
                </Button>
              ))}
            </View>
          </>
        ) : null}
      </View>

      {ev.error ? <View className="notice notice--error eval-error">{ev.error}</View> : null}
      {!ev.data && !ev.error ? <Text className="stats__loading">正在计算指标…</Text> : null}

      {c && ev.draft ? (
        <>
          <View className="card stats__summary">
            <Text className="stats__summary-title eval-title">{title}召回工作评价</Text>
            <Text className="stats__summary-line eval-overall">
              综合评分：{c.overall === null ? '未评分' : `${c.overall}分`}（已评各项的平均分）
            </Text>
            {c.updatedAt ? (
              <Text className="stats__summary-line">
                {c.updatedBy ?? '省局'}于 {c.updatedAt.slice(0, 10)} 评定
              </Text>
            ) : null}
          </View>
          {c.criteria.map((x) => (
            <Criterion key={x.key} c={x} evaluates={evaluates} draft={ev.draft!} setDraft={ev.setDraft} />
          ))}
          <View className="card">
            <Text className="stats__table-title">总体评价</Text>
            {evaluates ? (
              <Textarea
                className="form-textarea eval-summary"
                maxlength={1000}
                value={ev.draft.summary}
                placeholder="对本市本期召回工作的总体评价"
                onInput={(e) => ev.setDraft({ ...ev.draft!, summary: e.detail.value })}
              />
            ) : (
              <Text className="stats__summary-line">{c.summary || '尚无总体评价'}</Text>
            )}
          </View>
          {evaluates ? (
            <View className="stats__exports">
              {ev.saved ? <View className="notice eval-saved">{ev.saved}</View> : null}
              <Button className="btn btn--primary eval-save" loading={ev.saving} onClick={() => void ev.save()}>
                保存评分和意见
              </Button>
            </View>
          ) : null}
          <Legend c={c} />
        </>
      ) : null}

      {ev.data ? (
        <View className="stats__exports">
          <Button
            className="btn btn--plain"
            onClick={() =>
              void openStaffFile(
                evaluationXlsxPath(query),
                'xlsx',
                `${ev.data!.period.label}${ev.data!.place}召回工作评价.xlsx`,
              )
            }
          >
            导出评价表（XLSX）
          </Button>
          <Button
            className="btn btn--plain"
            onClick={() =>
              void openStaffFile(
                evaluationDocxPath(query),
                'docx',
                `${ev.data!.period.label}${ev.data!.place}缺陷消费品召回工作评价.docx`,
              )
            }
          >
            下载评价报告（DOCX）
          </Button>
        </View>
      ) : null}
    </View>
  );
}

type Criterion = TCityEvaluation['criteria'][number];

function Criterion(p: {
  c: Criterion;
  evaluates: boolean;
  draft: EvaluationDraft;
  setDraft: (d: EvaluationDraft) => void;
}) {
  const { c, draft } = p;
  return (
    <View className="card stats__table eval-criterion" data-key={c.key}>
      <Text className="stats__table-title">{c.name}</Text>
      {c.indicators.map((i) => (
        <View key={i.key} className="stats__row eval-indicator" data-key={i.key}>
          <Text className="stats__cell">{i.label}</Text>
          <Text className="stats__cell eval-value">
            {i.value}
            {i.unit}
          </Text>
        </View>
      ))}
      {p.evaluates ? (
        <View className="eval-inputs">
          <Text className="stats__label">评分（0–100，可不填）</Text>
          <Input
            className="form-input eval-score"
            type="number"
            maxlength={3}
            value={draft.scores[c.key] ?? ''}
            placeholder="未评分"
            onInput={(e) => p.setDraft({ ...draft, scores: { ...draft.scores, [c.key]: e.detail.value } })}
          />
          <Textarea
            className="form-textarea eval-note"
            maxlength={1000}
            value={draft.notes[c.key] ?? ''}
            placeholder={`对“${c.name}”的评价意见`}
            onInput={(e) => p.setDraft({ ...draft, notes: { ...draft.notes, [c.key]: e.detail.value } })}
          />
        </View>
      ) : (
        <>
          <Text className="stats__summary-line">评分：{c.score === null ? '未评分' : `${c.score}分`}</Text>
          {c.note ? <Text className="stats__summary-line">意见：{c.note}</Text> : null}
        </>
      )}
    </View>
  );
}

/** 指标说明: how each number is counted, as the exports print it. */
function Legend({ c }: { c: TCityEvaluation }) {
  return (
    <View className="card eval-legend">
      <Text className="stats__table-title">指标说明</Text>
      {c.criteria.map((x) => (
        <View key={x.key}>
          <Text className="stats__label">{x.name}</Text>
          {x.indicators.map((i) => (
            <Text key={i.key} className="stats__summary-line eval-definition">
              {i.label}：{i.definition}
            </Text>
          ))}
        </View>
      ))}
      <Text className="stats__summary-line">
        评分由省市场监管局按百分制逐项评定，未评的项目不计入综合评分；综合评分为已评各项的平均分（四舍五入）。
      </Text>
    </View>
  );
}
