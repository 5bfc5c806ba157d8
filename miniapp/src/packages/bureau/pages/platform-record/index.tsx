import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { todayInShanghai } from '@recall/shared';
import { ZPlatformRecordQuery, type TPlatformRecord } from '@recall/shared/staff';
import { DateField } from '../../../../components/DateField';
import { FormField } from '../../../../components/FormField';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { platformRecordXlsxPath } from '../../../../features/platforms/api';
import { errorsOf, type FieldErrors } from '../../../../features/platforms/form';
import { usePlatformRecord } from '../../../../features/platforms/usePlatforms';
import { openStaffFile } from '../../../../services/download';
import '../../../../features/platforms/components/platforms.css';

/** Each platform's record over a period, for the evaluation of its commitment, and its Excel export. */
export default function PlatformRecordPage() {
  return (
    <StaffGate
      className="plat-page"
      title="电商平台处置记录"
      allowed={(s) => s.me?.role === 'province' || s.me?.role === 'admin'}
      deniedText="电商平台处置记录供省市场监管局使用。"
    >
      {() => <Record />}
    </StaffGate>
  );
}

function Record() {
  const today = todayInShanghai();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [query, setQuery] = useState<{ from: string; to: string } | null>({ from, to });
  const [errors, setErrors] = useState<FieldErrors>({});
  const q = usePlatformRecord(query);
  const check = () => {
    const parsed = ZPlatformRecordQuery.safeParse({ from, to });
    if (!parsed.success) return (setErrors(errorsOf(parsed.error.issues)), null);
    if (from > to) return (setErrors({ to: '结束日期不能早于开始日期' }), null);
    setErrors({});
    return parsed.data;
  };
  const search = () => {
    const ok = check();
    if (ok) setQuery(ok);
  };
  const exportXlsx = () => {
    const ok = check();
    if (ok) void openStaffFile(platformRecordXlsxPath(ok), 'xlsx', `电商平台处置记录（${ok.from}至${ok.to}）.xlsx`);
  };
  return (
    <View className="plat-record">
      <View className="card">
        <FormField label="开始日期" hint="含当天" dataKey="from" error={errors.from}>
          <View className="plat-record-from">
            <DateField value={from} onChange={setFrom} placeholder="选择开始日期" />
          </View>
        </FormField>
        <FormField label="结束日期" hint="含当天" dataKey="to" error={errors.to}>
          <View className="plat-record-to">
            <DateField value={to} onChange={setTo} placeholder="选择结束日期" />
          </View>
        </FormField>
        <View className="plat-actions">
          <Button className="btn btn--primary btn--small plat-record-search" onClick={search}>
            查询
          </Button>
          <Button className="btn btn--plain btn--small plat-record-export" onClick={exportXlsx}>
            导出 Excel
          </Button>
        </View>
      </View>
      <View className="card">
        {q.loading && !q.data ? <Text className="plat-muted">正在统计…</Text> : null}
        {q.error ? <Text className="plat-muted">{q.error}</Text> : null}
        {q.data ? <RecordTable record={q.data} /> : null}
      </View>
    </View>
  );
}

const COLUMNS = ['推送', '已确认', '按期完成', '逾期', '中位用时（工作小时）'];

function RecordTable({ record }: { record: TPlatformRecord }) {
  return (
    <View className="plat-table">
      <Text className="section-title">
        {record.from} 至 {record.to}
      </Text>
      <View className="plat-row plat-row--head">
        <Text className="plat-cell plat-cell--name">平台</Text>
        {COLUMNS.map((c) => (
          <Text key={c} className="plat-cell">
            {c}
          </Text>
        ))}
      </View>
      {record.items.length ? null : <Text className="plat-muted">这段时间没有推送记录。</Text>}
      {record.items.map(({ platform, tally }) => (
        <View key={platform.id} className={`plat-row plat-record-row-${platform.id}`}>
          <Text className="plat-cell plat-cell--name">{platform.name}</Text>
          {[tally.pushed, tally.acknowledged, tally.onTime, tally.overdue, tally.medianHoursToAct ?? '—'].map(
            (v, i) => (
              <Text key={COLUMNS[i]} className="plat-cell">
                {v}
              </Text>
            ),
          )}
        </View>
      ))}
    </View>
  );
}
