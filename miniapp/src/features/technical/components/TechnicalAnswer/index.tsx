import { Image, Text, View } from '@tarojs/components';
import { TECHNICAL_ANSWERS, type TTechnicalRequestView } from '@recall/shared/staff';
import { InfoRow } from '../../../../components/InfoRow';
import { formatShanghaiTime } from '../../../../utils/format';

/** The institution's answer: its 技术会商 record, 风险评估报告, or its evaluation of a plan or of a recall's effect. */
export function TechnicalAnswer({ r }: { r: TTechnicalRequestView }) {
  const a = r.answer;
  if (!a) return null;
  return (
    <View className="card tech-answer">
      <Text className="tech-answer__title">
        {TECHNICAL_ANSWERS[r.kind]}（{a.answeredOn}）
      </Text>
      {a.consultation ? (
        <>
          <InfoRow label="参加人员" value={a.consultation.participants.join('、')} />
          {a.consultation.experts.length ? (
            <InfoRow
              label="专家库专家"
              value={a.consultation.experts.map((e) => `${e.name}（${e.organisation}，${e.title}）`).join('、')}
            />
          ) : null}
          <InfoRow label="会商意见" value={a.consultation.opinion} />
          <InfoRow label="会商结论" value={a.consultation.conclusion} />
        </>
      ) : null}
      {a.report ? (
        <>
          <InfoRow label="危害" value={a.report.hazard} />
          <InfoRow label="风险等级" value={a.report.riskLevelLabel} />
          <InfoRow label="影响范围" value={a.report.scope} />
          <InfoRow label="评估依据" value={a.report.basis} />
          <InfoRow label="评估结论" value={a.report.conclusion} />
        </>
      ) : null}
      {a.planEvaluation ? (
        <>
          {a.planEvaluation.checklist.map((c) => (
            <InfoRow key={c.key} label={c.label} value={`${c.resultLabel}${c.note ? `：${c.note}` : ''}`} />
          ))}
          <InfoRow label="评估结论" value={a.planEvaluation.conclusionLabel} />
          <InfoRow label="评估意见" value={a.planEvaluation.opinion} />
        </>
      ) : null}
      {a.effectEvaluation ? (
        <>
          <InfoRow
            label="完成情况"
            value={`已召回处理 ${a.effectEvaluation.unitsRemedied} / ${a.effectEvaluation.unitsInScope}（${a.effectEvaluation.rate}%）`}
          />
          <InfoRow label="覆盖渠道" value={a.effectEvaluation.channelsReached} />
          <InfoRow label="剩余风险" value={a.effectEvaluation.residualRisk} />
          <InfoRow label="评估结论" value={a.effectEvaluation.conclusionLabel} />
          <InfoRow label="评估意见" value={a.effectEvaluation.opinion} />
          {a.effectEvaluation.conclusion === 'insufficient' ? (
            <Text className="tech-muted">评估认为需补充召回措施：承办局可在案件中“通知重新实施召回”。</Text>
          ) : null}
        </>
      ) : null}
      <InfoRow label="答复" value={`${a.answeredBy} ${formatShanghaiTime(a.answeredAt)}`} />
      {r.citedBy ? <InfoRow label="已引用" value={`认定缺陷的依据（${r.citedBy.docNo ?? '召回通知书'}）`} /> : null}
      {a.files.length ? (
        <View className="tech-files">
          {a.files.map((f) => (
            <Image key={f.id} className="tech-files__img" src={f.thumbUrl} mode="aspectFill" />
          ))}
        </View>
      ) : null}
    </View>
  );
}
