import { Document, Packer } from 'docx';
import { type TEvaluationResponse } from '@recall/shared';
import { BODY_SIZE, FANGSONG, PAGE, body, columns, grid, heading, title, type Block } from '../documents/parts';

const header = (...names: string[]) => names.map((text) => ({ text, bold: true }));
const cells = (...values: Array<string | number>) => values.map((v) => ({ text: String(v) }));
const NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八'];
const scoreText = (s: number | null) => (s === null ? '未评分' : `${s}分`);

/** The document's blocks: the overall scores, then a section per criterion with its table of indicators by city. */
function sections(e: TEvaluationResponse): Block[] {
  const criteria = e.cities[0]?.criteria ?? [];
  const blocks: Block[] = [
    title(`${e.province}缺陷消费品召回工作评价（${e.period.label}）`),
    ...body(
      `依据缺陷消费品召回工作流程关于省级市场监管部门指导、评估各设区的市工作的规定，对${e.place === e.cities[0]?.city.name ? e.place : '各设区的市'}${e.period.label}（${e.period.from}至${e.period.to}）缺陷消费品召回工作开展情况进行评价。各项指标由系统按记录计算，评分为省市场监管局按百分制评定，综合评分为已评各项的平均分。`,
    ),
    heading('一、评分总览'),
    grid(
      [
        header('地区', ...criteria.map((c) => c.name), '综合评分'),
        ...e.cities.map((city) =>
          cells(city.city.name, ...city.criteria.map((c) => scoreText(c.score)), scoreText(city.overall)),
        ),
      ],
      columns(3, ...criteria.map(() => 2), 2),
    ),
  ];
  for (const [i, c] of criteria.entries()) {
    blocks.push(heading(`${NUMBERS[i + 1]}、${c.name}`));
    const indicators = c.indicators;
    blocks.push(
      grid(
        [
          header('地区', ...indicators.map((x) => `${x.label}（${x.unit}）`), '评分'),
          ...e.cities.map((city) =>
            cells(
              city.city.name,
              ...city.criteria[i].indicators.map((x) => x.value),
              scoreText(city.criteria[i].score),
            ),
          ),
        ],
        columns(3, ...indicators.map(() => 2), 2),
      ),
    );
    blocks.push(...body(`计算方法：${indicators.map((x) => `${x.label}，${x.definition}`).join('；')}。`));
    for (const city of e.cities) {
      const note = city.criteria[i].note;
      if (note) blocks.push(...body(`${city.city.name}：${note}`));
    }
  }
  blocks.push(heading(`${NUMBERS[criteria.length + 1]}、总体评价`));
  const summaries = e.cities.filter((c) => c.summary);
  if (summaries.length) for (const c of summaries) blocks.push(...body(`${c.city.name}：${c.summary}`));
  else blocks.push(...body('本期尚无总体评价意见。'));
  return blocks;
}

/** 江苏省缺陷消费品召回工作评价 (the province's name) for a period, as DOCX: scores, a table per criterion, the notes. */
export async function evaluationDocument(e: TEvaluationResponse): Promise<Buffer> {
  const doc = new Document({
    creator: '缺陷消费品召回',
    title: `${e.province}缺陷消费品召回工作评价（${e.period.label}）`,
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
        children: sections(e),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
