import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import type { TCalendarYearView } from '@recall/shared/staff';
import { FormField } from '../../../../components/FormField';
import { StaffGate } from '../../../../features/account/components/StaffGate';
import { useCalendarYears } from '../../../../features/cases/useCalendarYears';
import './index.css';

export default function CalendarPage() {
  return (
    <StaffGate
      className="calendar-page"
      title="法定节假日安排"
      allowed={(s) => s.me?.role === 'province' || s.me?.role === 'admin'}
      deniedText="法定节假日安排由省局或系统管理员录入。"
    >
      {() => <Calendar />}
    </StaffGate>
  );
}

/** Shipped years as one range line ("2004–2026"), entered years one by one. */
function YearList({ years, onEdit }: { years: TCalendarYearView[]; onEdit: (y: TCalendarYearView) => void }) {
  const builtin = years.filter((y) => y.source === 'builtin').map((y) => y.year);
  const entered = years.filter((y) => y.source === 'entered');
  return (
    <View className="card calendar-years">
      {builtin.length ? (
        <Text className="calendar-years__builtin">
          系统内置：{builtin[0]}–{builtin[builtin.length - 1]} 年
        </Text>
      ) : null}
      {entered.map((y) => (
        <View key={y.year} className="calendar-year" data-year={y.year}>
          <View className="calendar-year__head">
            <Text className="calendar-year__title">{y.year} 年（已录入）</Text>
            <Button className="btn btn--plain btn--small" onClick={() => onEdit(y)}>
              更正
            </Button>
          </View>
          <Text className="calendar-year__line">
            节假日 {y.holidays.length} 天，调休上班 {y.workdays.length} 天
          </Text>
          <Text className="calendar-year__by">
            {y.enteredBy ?? ''} 录入于 {y.enteredAt?.slice(0, 10)}
          </Text>
        </View>
      ))}
      {!entered.length ? <Text className="calendar-years__none">尚未录入其他年份。</Text> : null}
    </View>
  );
}

function Calendar() {
  const cal = useCalendarYears();
  const f = cal.form;
  return (
    <View className="calendar">
      <View className="notice notice--info">
        <Text>
          期限按法定工作日计算。系统内置年份以外的日期暂按“仅周末休息”推算，标为“暂定”，不据此认定逾期。国务院办公厅公布某年节假日安排后，请在此录入：保存后立即生效，所有未结案件的期限随即重新计算。
        </Text>
      </View>
      <Text className="section-title">已收录的年份</Text>
      {cal.loadError ? (
        <View className="card">
          <Text className="calendar-error">{cal.loadError}</Text>
          <Button className="btn btn--plain btn--small" onClick={() => void cal.reload()}>
            重新加载
          </Button>
        </View>
      ) : (
        <YearList years={cal.years} onEdit={cal.edit} />
      )}

      <Text className="section-title">录入一年</Text>
      <View className="card calendar-form">
        <FormField label="年份" hint="四位数字，如公布安排的那一年" error={f.errors.year} dataKey="year">
          <Input className="form-input" type="number" value={f.year} onInput={(e) => f.setYear(e.detail.value)} />
        </FormField>
        <FormField
          label="节假日（放假日期）"
          hint="通知中放假的每一天，格式 2027-01-01，每行一个或用逗号分隔"
          error={f.errors.holidays}
          dataKey="holidays"
        >
          <Textarea
            className="form-textarea calendar-dates"
            value={f.holidays}
            maxlength={-1}
            placeholder="2027-01-01"
            onInput={(e) => f.setHolidays(e.detail.value)}
          />
        </FormField>
        <FormField
          label="调休上班日"
          hint="需要上班的周六、周日；没有可留空"
          error={f.errors.workdays}
          optional
          dataKey="workdays"
        >
          <Textarea
            className="form-textarea calendar-dates"
            value={f.workdays}
            maxlength={-1}
            placeholder="周六或周日的日期"
            onInput={(e) => f.setWorkdays(e.detail.value)}
          />
        </FormField>
        {f.formError ? <Text className="calendar-error">{f.formError}</Text> : null}
        <Button
          className="btn btn--primary calendar-submit"
          loading={f.busy}
          disabled={f.busy}
          onClick={() => void cal.submit()}
        >
          保存并重算期限
        </Button>
        {cal.saved ? (
          <Text className="calendar-saved">
            已录入 {cal.saved.year.year} 年，重新计算了 {cal.saved.recomputedCases.length} 个未结案件的期限。
          </Text>
        ) : null}
      </View>
    </View>
  );
}
