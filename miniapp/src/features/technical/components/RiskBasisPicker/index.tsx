import { Text, View } from '@tarojs/components';
import { riskReportLabel } from '../../answer';
import { useTechnicalRequests } from '../../useTechnicalRequests';

interface Props {
  caseId: number;
  value: number | null;
  onChange: (id: number | null) => void;
}

/** 认定依据: the filed 风险评估报告 of the case that the determination of the defect cites (办法 第十六条). */
export function RiskBasisPicker({ caseId, value, onChange }: Props) {
  const q = useTechnicalRequests({ caseId, kind: 'risk_assessment', status: 'answered' });
  const reports = q.data?.items ?? [];
  return (
    <View className="card">
      <View className="doc-field case-risk-basis" data-key="riskReportId" data-doc="action">
        <View className="doc-field__head">
          <Text className="doc-field__label">认定依据（风险评估报告）</Text>
          <Text className="doc-field__hint">选择后，召回通知书写明“并依据……风险评估报告”</Text>
        </View>
        {q.error ? <Text className="doc-field__error">{q.error}</Text> : null}
        {!q.loading && !reports.length ? (
          <Text className="doc-field__hint">本案尚无技术机构提交的风险评估报告。</Text>
        ) : null}
        <View className="doc-chips">
          {reports.map((r) => (
            <View
              key={r.id}
              className={`chip ${value === r.id ? 'chip--on' : ''}`}
              data-value={r.id}
              onClick={() => onChange(value === r.id ? null : r.id)}
            >
              <Text>{riskReportLabel(r)}</Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  );
}
