import ExcelJS from 'exceljs';
import { DEFECT_CLASSES, type TStatisticsResponse } from '@recall/shared';

type Row = Array<string | number>;
interface Sheet {
  name: string;
  title: string;
  header: string[];
  rows: Row[];
}

const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

/** The bulletin's tables (湖南缺陷产品召回 季度分析 style), one sheet each, with a total row where it adds up. */
function sheets(s: TStatisticsResponse): Sheet[] {
  const r = s.recalls;
  const total = (label: string, count: number, units: number): Row => [label, count, units];
  return [
    {
      name: '按产品类别',
      title: '召回情况（按产品类别）',
      header: ['产品类别', '召回次数', '涉及数量（件）', '数量占比（%）'],
      rows: [
        ...r.byCategory.map((x) => [`${x.code} ${x.name}`, x.count, x.units, pct(x.units, r.total.units)]),
        [...total('合计', r.total.count, r.total.units), r.total.units ? 100 : 0],
      ],
    },
    {
      name: '按地区',
      title: '召回情况（按地区）',
      header: ['地区', '涉及生产者（家）', '召回次数', '涉及数量（件）'],
      rows: [
        ...r.byCity.map((x) => [x.name, x.producers, x.count, x.units]),
        ['合计', r.total.producers, r.total.count, r.total.units],
      ],
    },
    {
      name: '按缺陷类别',
      title: `召回情况（按缺陷类别：${Object.values(DEFECT_CLASSES).join('、')}）`,
      header: ['缺陷类别', '召回次数', '涉及数量（件）'],
      rows: [...r.byDefectClass.map((x) => [x.name, x.count, x.units]), total('合计', r.total.count, r.total.units)],
    },
    {
      name: '按召回方式',
      title: '召回情况（主动召回与责令召回）',
      header: ['召回方式', '召回次数', '涉及数量（件）'],
      rows: [
        total('主动召回', r.byKind.voluntary.count, r.byKind.voluntary.units),
        total('责令召回', r.byKind.ordered.count, r.byKind.ordered.units),
        total('导入的召回信息', r.byKind.imported.count, r.byKind.imported.units),
        total('合计', r.total.count, r.total.units),
      ],
    },
    {
      name: '线索来源',
      title: '缺陷线索（按来源）',
      header: ['线索来源', '线索数量（条）'],
      rows: [...s.clues.bySource.map((x) => [x.name, x.count]), ['合计', s.clues.total]],
    },
    {
      name: '线索渠道',
      title: '缺陷线索（按渠道）',
      header: ['线索渠道', '线索数量（条）'],
      rows: [...s.clues.byChannel.map((x) => [x.name, x.count]), ['合计', s.clues.total]],
    },
    {
      name: '跨省移送',
      title: '跨省移送线索',
      header: ['移送方向', '线索数量（条）'],
      rows: [
        ['移送外省市场监管部门', s.clues.crossProvince.passedOut],
        ['外省市场监管部门移入', s.clues.crossProvince.received],
      ],
    },
    {
      name: '线索地区',
      title: '缺陷线索（按承办地区）及转化情况',
      header: ['地区', '线索数量（条）', '立案（件）', '形成召回（次）'],
      rows: [
        ...s.clues.byCity.map((x) => [x.name, x.count, x.cases, x.recalls]),
        ['合计', s.clues.total, s.clues.becameCases, s.clues.becameRecalls],
      ],
    },
    {
      name: '完成率',
      title: '召回完成情况',
      header: ['涉及数量（件）', '已完成召回（件）', '完成率（%）'],
      rows: [[s.completion.involved, s.completion.completed, s.completion.rate]],
    },
    {
      name: '典型案例',
      title: '典型案例（涉及数量最多的召回）',
      header: ['召回', '生产者', '涉及数量（件）', '缺陷类别', '缺陷情况'],
      rows: s.typical.map((x) => [x.title, x.producerName, x.units, x.defectClass, x.defect]),
    },
  ];
}

/** The statistics as an XLSX workbook: a sheet per table, titled with the period and the place. */
export async function statisticsWorkbook(s: TStatisticsResponse): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '缺陷消费品召回';
  const place = s.place;
  for (const sheet of sheets(s)) {
    const ws = book.addWorksheet(sheet.name);
    ws.addRow([`${s.period.label}${place}${sheet.title}`]).font = { bold: true, size: 14 };
    ws.mergeCells(1, 1, 1, sheet.header.length);
    ws.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row);
    ws.columns.forEach((col, i) => (col.width = i === 0 ? 28 : 16));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
