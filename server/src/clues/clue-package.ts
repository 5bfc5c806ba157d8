import { Document, Packer } from 'docx';
import { CATEGORIES, CLUE_CHANNELS, CLUE_SOURCES, INJURY_LEVELS, regionFullName } from '@recall/shared';
import type { Clue, ClueCrossProvince } from '../db/entity';
import { buildDossierZip, type DossierEntry } from '../documents/dossier';
import {
  BODY_SIZE,
  FANGSONG,
  PAGE,
  body,
  columns,
  heading,
  pairs,
  plain,
  shanghaiDate,
  signature,
  title,
} from '../documents/parts';
import type { Contact } from './clue-view';

/** What goes into the package of a clue passed to another province. */
export interface PackageInput {
  clue: Clue;
  record: ClueCrossProvince;
  /** The sending bureau (江苏省市场监督管理局). */
  from: string;
  /** The reporter's contact, decrypted only when they consented; null otherwise. */
  contact: Contact | null;
  photos: Array<{ id: string; data: Buffer }>;
}

const label = <T extends Record<string, string>>(table: T, key: string) => table[key as keyof T] ?? key;
const NO_CONSENT = '报告人未同意向外省监管部门提供其个人信息，本材料不含报告人的姓名和联系方式。';

/** The clue as the other province reads it: product, producer, what happened; the reporter only with consent. */
function clueRecord(p: PackageInput) {
  const c = p.clue;
  return {
    receiptNo: c.receiptNo,
    receivedAt: new Date(c.createdAt).toISOString(),
    source: label(CLUE_SOURCES, c.source),
    channel: label(CLUE_CHANNELS, c.channel),
    category: `${c.categoryCode} ${label(CATEGORIES, c.categoryCode)}`,
    productName: c.productName,
    brand: c.brand,
    model: c.model,
    batch: c.batch,
    productionDate: c.productionDate,
    gtin: c.gtin,
    producerName: c.producerName,
    producerUscc: c.producerUscc,
    description: c.description,
    injury: label(INJURY_LEVELS, c.injury),
    fire: !!c.fire,
    region: regionFullName(c.regionCode) ?? c.regionCode,
    purchaseChannel: c.purchaseChannel,
    photos: p.photos.map((f) => `照片/${f.id}.jpg`),
  };
}

/** The structured record (线索.json): the transfer, the clue, and the reporter or why it is absent. */
export function packageJson(p: PackageInput) {
  return {
    transfer: {
      from: p.from,
      to: p.record.authority,
      toProvinceCode: p.record.provinceCode,
      contact: p.record.contact,
      reference: p.record.reference,
      note: p.record.note,
      at: new Date(p.record.createdAt).toISOString(),
    },
    clue: clueRecord(p),
    reporter: p.contact,
    reporterNote: p.contact ? '报告人同意向外省监管部门提供其联系方式。' : NO_CONSENT,
  };
}

/** 线索移送函: the letter that goes with the package, naming what was sent and why. */
async function letter(p: PackageInput): Promise<Buffer> {
  const c = p.clue;
  const r = p.record;
  const on = shanghaiDate(new Date(r.createdAt).toISOString());
  const rows: Array<[string, string]> = [
    ['线索编号', c.receiptNo],
    ['产品名称', c.productName],
    ['品牌', c.brand || '无'],
    ['型号规格', c.model ?? ''],
    ['生产者', c.producerName ?? ''],
    ['统一社会信用代码', c.producerUscc ?? ''],
    ['购买或使用地', regionFullName(c.regionCode) ?? c.regionCode],
    ['伤害情况', `${label(INJURY_LEVELS, c.injury)}${c.fire ? '，引发火灾' : ''}`],
  ];
  const doc = new Document({
    creator: p.from,
    title: '缺陷消费品线索移送函',
    styles: { default: { document: { run: { font: FANGSONG, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        children: [
          title('缺陷消费品线索移送函'),
          ...(r.reference ? [plain(r.reference)] : []),
          plain(`${r.authority}：`),
          ...body(
            `我局收到的缺陷消费品线索（编号 ${c.receiptNo}），所涉产品的生产者注册地在贵省，按照跨省缺陷消费品召回协调的要求，现将该线索移送贵局依法处理。${r.note ?? ''}`,
          ),
          heading('一、线索基本情况'),
          pairs(
            rows.reduce<Array<[[string, string], [string, string]]>>((acc, row, i) => {
              if (i % 2 === 0) acc.push([row, rows[i + 1] ?? ['', '']]);
              return acc;
            }, []),
            columns(3, 4, 3, 4),
          ),
          heading('二、问题描述'),
          ...body(c.description),
          heading('三、报告人信息'),
          ...body(
            p.contact
              ? `报告人同意向外省监管部门提供其联系方式：${p.contact.name}，${p.contact.phone}，${p.contact.address}。`
              : NO_CONSENT,
          ),
          heading('四、随附材料'),
          ...body(`线索.json（线索的结构化记录）${p.photos.length ? `；照片 ${p.photos.length} 张` : ''}。`),
          ...body(`联系人：${r.contact ?? ''}`),
          ...signature(p.from, on),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The package (zip): 线索.json, 移送函.docx and the clue's photos (EXIF stripped when uploaded). */
export async function cluePackage(p: PackageInput): Promise<Buffer> {
  const entries: DossierEntry[] = [
    { path: '线索.json', data: JSON.stringify(packageJson(p), null, 2) },
    { path: '移送函.docx', data: await letter(p) },
    ...p.photos.map((f) => ({ path: `照片/${f.id}.jpg`, data: f.data })),
  ];
  return buildDossierZip(entries);
}
