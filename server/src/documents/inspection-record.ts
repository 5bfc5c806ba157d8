import { Document, ImageRun, LineRuleType, Packer, Paragraph } from 'docx';
import type { TInspectionInput } from '@recall/shared';
import { imageSize } from './images';
import {
  BLANK_DATE,
  BODY_SIZE,
  Block,
  FANGSONG,
  PAGE,
  SP,
  body,
  centered,
  cnDate,
  heading,
  pairs,
  plain,
  title,
} from './parts';

/** What a 现场检查笔录 prints: the record as entered, who keeps it, and its photos. */
export interface InspectionRecordInput {
  bureauName: string;
  caseNo: string;
  productName: string;
  record: Omit<TInspectionInput, 'photoIds' | 'fileIds'>;
  /** Evidence photos (JPEG), embedded after the findings. */
  photos: Buffer[];
  /** Names of the evidence files kept with the record. */
  fileNames: string[];
}

/**
 * 现场检查笔录 of an on-site investigation (办法 第十五条): A4, 仿宋 like the workflow documents, the
 * facts in a table, what was inspected and found, the evidence, and the signature lines the officers
 * and the party present sign on paper.
 */
export async function renderInspectionRecord(input: InspectionRecordInput): Promise<Buffer> {
  const doc = new Document({
    creator: input.bureauName,
    title: '现场检查笔录',
    styles: {
      default: {
        document: { run: { font: FANGSONG, size: BODY_SIZE }, paragraph: { spacing: { line: 360 } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        children: inspectionBlocks(input),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Photos at most 12 cm wide, each in a paragraph of automatic line height (the body's 1.5 lines would clip it). */
function photoParagraphs(photos: Buffer[]): Paragraph[] {
  const maxWidth = Math.floor((12 / 2.54) * 96);
  return photos.flatMap((data) => {
    const size = imageSize(data);
    if (!size || !size.width || !size.height) return [];
    const scale = Math.min(1, maxWidth / size.width);
    const transformation = { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
    return [
      new Paragraph({
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120, after: 120 },
        children: [new ImageRun({ type: size.type, data, transformation })],
      }),
    ];
  });
}

export function inspectionBlocks(input: InspectionRecordInput): Block[] {
  const r = input.record;
  const officers = r.investigators.map((i) => `${i.name}（执法证号：${i.certificateNo}）`).join('\n');
  const present = r.partyPresentTitle ? `${r.partyPresent}（${r.partyPresentTitle}）` : r.partyPresent;
  const photos = photoParagraphs(input.photos);
  return [
    centered(input.bureauName),
    title('现场检查笔录'),
    plain(`案件编号：${input.caseNo}`),
    pairs([
      [['检查日期', cnDate(r.inspectedOn)]],
      [['检查地点', r.place]],
      [['被检查单位', r.partyName]],
      [['在场人员', present]],
      [['执法人员', officers]],
      [['涉及产品', input.productName]],
    ]),
    plain(
      `执法人员${r.investigators.map((i) => i.name).join('、')}向在场人员出示了执法证件，说明了缺陷调查的事由，依法进行现场调查。`,
    ),
    heading('检查、抽样情况'),
    ...body(r.inspected),
    heading('调查发现'),
    ...body(r.findings),
    heading('证据材料'),
    ...(photos.length ? [plain(`现场照片 ${photos.length} 张：`), ...photos] : [plain('现场照片：无')]),
    plain(input.fileNames.length ? `其他材料：${input.fileNames.join('；')}` : '其他材料：无'),
    plain(''),
    plain(`执法人员（签名）：${SP.repeat(6)}${BLANK_DATE}`),
    plain(`在场人员（签名）：${SP.repeat(6)}${BLANK_DATE}`),
  ];
}
