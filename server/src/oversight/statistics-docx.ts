import { Document, Packer, Paragraph } from 'docx';
import sharp from 'sharp';
import { type TStatisticsResponse } from '@recall/shared';
import { imageParagraphs } from '../documents/images';
import {
  BODY_SIZE,
  FANGSONG,
  PAGE,
  body,
  centered,
  columns,
  grid,
  heading,
  title,
  type Block,
} from '../documents/parts';
import { statisticsCharts } from './statistics-charts';

const pct = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 1000) / 10}%` : '0%');
const header = (...names: string[]) => names.map((text) => ({ text, bold: true }));
const cells = (...values: Array<string | number>) => values.map((v) => ({ text: String(v) }));

/** 一、总体情况: the sentence a bulletin opens with, with every number from the tables. */
function overview(s: TStatisticsResponse, place: string): string {
  const r = s.recalls;
  const k = r.byKind;
  return [
    `${s.period.label}，${place}共实施消费品召回${r.total.count}次，涉及生产者${r.total.producers}家，涉及产品${r.total.units}件。`,
    `其中主动召回${k.voluntary.count}次、涉及${k.voluntary.units}件，责令召回${k.ordered.count}次、涉及${k.ordered.units}件`,
    k.imported.count ? `，另有导入的召回信息${k.imported.count}次、涉及${k.imported.units}件。` : '。',
    `同期收到缺陷线索${s.clues.total}条，立案${s.clues.becameCases}件，形成召回${s.clues.becameRecalls}次。`,
  ].join('');
}

async function chartParagraphs(s: TStatisticsResponse, key: string): Promise<Paragraph[]> {
  const chart = statisticsCharts(s).find((c) => c.key === key)!;
  const png = await sharp(Buffer.from(chart.svg), { density: 144 }).png().toBuffer();
  return [...imageParagraphs([png]), centered(chart.title)];
}

async function sections(s: TStatisticsResponse): Promise<Block[]> {
  const place = s.place;
  const r = s.recalls;
  return [
    title(`${place}缺陷消费品召回${s.period.label}分析报告`),
    heading('一、总体情况'),
    ...body(overview(s, place)),
    heading('二、召回产品类别分析'),
    grid(
      [
        header('产品类别', '召回次数', '涉及数量（件）', '数量占比'),
        ...r.byCategory.map((x) => cells(x.name, x.count, x.units, pct(x.units, r.total.units))),
        cells('合计', r.total.count, r.total.units, r.total.units ? '100%' : '0%'),
      ],
      columns(3, 2, 2, 2),
    ),
    ...(await chartParagraphs(s, 'byCategory')),
    heading('三、召回地区分布'),
    grid(
      [
        header('地区', '涉及生产者（家）', '召回次数', '涉及数量（件）'),
        ...r.byCity.map((x) => cells(x.name, x.producers, x.count, x.units)),
        cells('合计', r.total.producers, r.total.count, r.total.units),
      ],
      columns(3, 2, 2, 2),
    ),
    ...(await chartParagraphs(s, 'byCity')),
    heading('四、缺陷类别分析'),
    grid(
      [
        header('缺陷类别', '召回次数', '涉及数量（件）'),
        ...r.byDefectClass.map((x) => cells(x.name, x.count, x.units)),
      ],
      columns(3, 2, 2),
    ),
    ...(await chartParagraphs(s, 'byDefectClass')),
    heading('五、缺陷线索情况'),
    ...body(`${s.period.label}共收到缺陷线索${s.clues.total}条，来源如下。`),
    grid([header('线索来源', '线索数量（条）'), ...s.clues.bySource.map((x) => cells(x.name, x.count))], columns(3, 2)),
    ...body('按收到线索的渠道统计如下。'),
    grid(
      [
        header('线索渠道', '线索数量（条）'),
        ...s.clues.byChannel.map((x) => cells(x.name, x.count)),
        cells('合计', s.clues.total),
      ],
      columns(3, 2),
    ),
    ...body(
      `跨省移送方面，向外省市场监管部门移送线索${s.clues.crossProvince.passedOut}条，收到外省市场监管部门移送的线索${s.clues.crossProvince.received}条。`,
    ),
    grid(
      [
        header('承办地区', '线索数量（条）', '立案（件）', '形成召回（次）'),
        ...s.clues.byCity.map((x) => cells(x.name, x.count, x.cases, x.recalls)),
      ],
      columns(3, 2, 2, 2),
    ),
    heading('六、召回完成情况'),
    ...body(
      `经案件办理的召回涉及产品${s.completion.involved}件，已完成召回${s.completion.completed}件，完成率${s.completion.rate}%。`,
    ),
    heading('七、典型案例'),
    ...(s.typical.length
      ? s.typical.flatMap((x, i) =>
          body(
            `${i + 1}. ${x.title}（${x.producerName}，涉及${x.units}件，${x.defectClass}）：${x.summary ?? x.defect}`,
          ),
        )
      : body('本期无召回。')),
  ];
}

/** The quarterly analysis (季度分析报告) in the style of 湖南缺陷产品召回, charts included, as DOCX. */
export async function statisticsBulletin(s: TStatisticsResponse): Promise<Buffer> {
  const doc = new Document({
    creator: '缺陷消费品召回',
    title: `${s.place}缺陷消费品召回${s.period.label}分析报告`,
    styles: {
      default: { document: { run: { font: FANGSONG, size: BODY_SIZE }, paragraph: { spacing: { line: 360 } } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        children: await sections(s),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
