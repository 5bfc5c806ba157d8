import ExcelJS from 'exceljs';
import { addCalendarDays, type TPlatformRecord } from '@recall/shared';
import { badRequest } from '../core/errors';

/** The period's bounds as instants (Beijing days, `to` inclusive); refuses a reversed period. */
export function periodBounds(from: string, to: string): { start: Date; end: Date } {
  if (from > to) throw badRequest('开始日期不能晚于结束日期', [{ path: 'from', message: '开始日期不能晚于结束日期' }]);
  return { start: new Date(`${from}T00:00:00+08:00`), end: new Date(`${addCalendarDays(to, 1)}T00:00:00+08:00`) };
}

const HEADER = [
  '平台',
  '推送召回（条）',
  '已确认（条）',
  '按期完成措施（项）',
  '逾期未报措施（项）',
  '首项措施用时中位数（工作小时）',
];

/** Each platform's record over the period (电商平台消费品安全承诺机制 evaluation), one row each. */
export async function platformRecordWorkbook(r: TPlatformRecord): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '缺陷消费品召回';
  const ws = book.addWorksheet('平台处置记录');
  ws.addRow([`电商平台召回处置记录（${r.from} 至 ${r.to}）`]).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, HEADER.length);
  ws.addRow(HEADER).font = { bold: true };
  for (const { platform, tally: t } of r.items)
    ws.addRow([platform.name, t.pushed, t.acknowledged, t.onTime, t.overdue, t.medianHoursToAct ?? '尚无措施']);
  ws.columns.forEach((col, i) => (col.width = i === 0 ? 24 : 18));
  return Buffer.from(await book.xlsx.writeBuffer());
}
