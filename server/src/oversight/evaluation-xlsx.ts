import ExcelJS from 'exceljs';
import { type TEvaluationResponse } from '@recall/shared';

const HEADER = ['地区', '指标', '数值', '单位', '计算方法'];

/**
 * The evaluation as an XLSX workbook: a 总览 sheet (each city's score per criterion and overall,
 * and the province's note on the whole), then one sheet per criterion with every city's indicators,
 * its score and the province's note.
 */
export async function evaluationWorkbook(e: TEvaluationResponse): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '缺陷消费品召回';
  const criteria = e.cities[0]?.criteria ?? [];
  const title = (ws: ExcelJS.Worksheet, text: string, width: number) => {
    ws.addRow([text]).font = { bold: true, size: 14 };
    ws.mergeCells(1, 1, 1, width);
  };

  const overview = book.addWorksheet('总览');
  const head = ['地区', ...criteria.map((c) => c.name), '综合评分', '总体评价'];
  title(overview, `${e.period.label}${e.place}缺陷消费品召回工作评价`, head.length);
  overview.addRow(head).font = { bold: true };
  for (const city of e.cities) {
    overview.addRow([
      city.city.name,
      ...city.criteria.map((c) => c.score ?? '未评分'),
      city.overall ?? '未评分',
      city.summary,
    ]);
  }
  overview.columns.forEach((col, i) => (col.width = i === head.length - 1 ? 40 : 14));

  for (const [i, c] of criteria.entries()) {
    const ws = book.addWorksheet(c.name);
    title(ws, `${e.period.label}${e.place}召回工作评价：${c.name}`, HEADER.length);
    ws.addRow(HEADER).font = { bold: true };
    for (const city of e.cities) {
      const mine = city.criteria[i];
      for (const x of mine.indicators) ws.addRow([city.city.name, x.label, x.value, x.unit, x.definition]);
      ws.addRow([city.city.name, '评分', mine.score ?? '未评分', mine.score === null ? '' : '分', '省局评分（0–100）']);
      ws.addRow([city.city.name, '评价意见', mine.note, '', '省局意见']);
    }
    ws.columns.forEach((col, j) => (col.width = [14, 22, 12, 8, 60][j]));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
