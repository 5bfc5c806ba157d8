import { parseIsoDate } from './dates';

/**
 * Records the rules require on a case besides its documents: on-site investigations (现场调查,
 * 办法 第十五条), interviews with the producer (约谈, 办法 第二十一条; 苏 第十九条) and the measures
 * taken against it (苏 第十九条: 行政处罚, 纳入信用档案, 依法向社会公布; 办法 第二十三条).
 *
 * Who sees what (办法 第二十二条: what staff learn in the work stays confidential):
 * - the case's bureau and the province see every record with its evidence;
 * - the producer sees the interviews it attended and the measures taken against it — the bureau's
 *   attendees by name, title and law-enforcement certificate number, as they were shown to it —
 *   but never the on-site investigation records (they may be made at another operator's premises,
 *   name people present there and hold evidence not yet put to the producer), nor the bureau's
 *   internal note on a measure;
 * - consumers see none of it.
 */
export const CASE_RECORD_KINDS = {
  inspection: '现场调查',
  interview: '约谈',
  measure: '处理措施',
} as const;
export type CaseRecordKind = keyof typeof CASE_RECORD_KINDS;
export const CASE_RECORD_KIND_KEYS = Object.keys(CASE_RECORD_KINDS) as [CaseRecordKind, ...CaseRecordKind[]];

/** The measures the rules name (苏 第十九条; 办法 第二十三条), and a free one. */
export const MEASURE_KINDS = {
  administrative_penalty: '行政处罚',
  credit_record: '纳入企业信用记录',
  public_disclosure: '依法向社会公布',
  other: '其他措施',
} as const;
export type MeasureKind = keyof typeof MEASURE_KINDS;
export const MEASURE_KIND_KEYS = Object.keys(MEASURE_KINDS) as [MeasureKind, ...MeasureKind[]];

/** Case states in which no new investigation or interview is recorded (the case is over); measures may still follow. */
export const RECORDS_CLOSED_STATES = ['closed_no_defect', 'archived'] as const;

/** Whether the producer of the case may see a record of this kind. */
export const producerSeesRecord = (kind: CaseRecordKind): boolean => kind !== 'inspection';

/** Where the producer stands with what an interview or a measure asks of it, by when (calendar days). */
export type RecordDueStatus = 'none' | 'open' | 'due_today' | 'overdue';

/**
 * The producer's view of a record's 期限: none set, days left, due today, or days overdue. Calendar
 * days, as the bureau wrote the date; no working-day rule applies to a date the bureau sets itself.
 */
export function recordDue(dueOn: string | undefined, today: string): { status: RecordDueStatus; label: string } {
  if (!dueOn) return { status: 'none', label: '未规定期限' };
  const days = Math.round((parseIsoDate(dueOn).getTime() - parseIsoDate(today).getTime()) / 86_400_000);
  if (days > 0) return { status: 'open', label: `${dueOn} 前，还剩 ${days} 天` };
  if (days === 0) return { status: 'due_today', label: `${dueOn}，今日到期` };
  return { status: 'overdue', label: `${dueOn}，已逾期 ${-days} 天` };
}

/** Evidence files kept with a record: type by content, and a size limit. */
export const RECORD_FILE_TYPES = {
  pdf: { label: 'PDF', mime: 'application/pdf' },
  docx: { label: 'Word（DOCX）', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { label: 'Excel（XLSX）', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;
export type RecordFileType = keyof typeof RECORD_FILE_TYPES;
export const MAX_RECORD_FILE_BYTES = 20 * 1024 * 1024;
