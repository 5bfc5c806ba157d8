import { Image, Text, View } from '@tarojs/components';
import { type TTechnicalRequestView } from '@recall/shared/staff';
import { InfoRow } from '../../../../components/InfoRow';
import { formatShanghaiTime } from '../../../../utils/format';

/** The institution's answer: its 技术会商 record or its 风险评估报告. */
export function TechnicalAnswer({ r }: { r: TTechnicalRequestView }) {
  const a = r.answer;
  if (!a) return null;
  return (
    <View className="card tech-answer">
      <Text className="tech-answer__title">
        {a.consultation ? '技术会商记录' : '风险评估报告'}（{a.answeredOn}）
      </Text>
      {a.consultation ? (
        <>
          <InfoRow label="参加人员" value={a.consultation.participants.join('、')} />
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
