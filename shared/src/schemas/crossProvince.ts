import { z } from 'zod';
import { zOptionalText, zText } from './fields';
import { zProvinceCode } from './clue';
import { lazySchema } from './lazy';

/**
 * 跨省移送 (苏 第四条(二)): the province passes a clue whose producer is registered in another province
 * to that province's market regulation bureau, and records to whom, when and what it sent.
 */
export const ZPassOnRequest = lazySchema(() =>
  z.object({
    provinceCode: zProvinceCode('接收线索的省份'),
    /** Who at the other regulator receives it: a department, a person, a phone or a mailbox. */
    contact: zText('对方联系人或联系方式', 200),
    /** The letter's number (移送函文号) or the other side's reference. */
    reference: zOptionalText('移送文号或编号', 100),
    note: zText('移送说明', 500),
  }),
);
export type TPassOnRequest = z.infer<typeof ZPassOnRequest>;

/** One crossing of a provincial border: a clue passed out, or one received from another province. */
export const ZCrossProvinceRecord = lazySchema(() =>
  z.object({
    id: z.number().int(),
    clueId: z.number().int(),
    receiptNo: z.string(),
    productName: z.string(),
    direction: z.enum(['out', 'in']),
    provinceCode: z.string(),
    /** The other province's regulator by name (上海市市场监督管理局). */
    authority: z.string(),
    contact: z.string().nullable(),
    reference: z.string().nullable(),
    note: z.string().nullable(),
    /** Whether the reporter's name and contact went with the package (only with their consent). */
    contactShared: z.boolean(),
    at: z.string(),
    /** The package (zip: 线索.json, 移送函.docx, photos) for an outgoing record; null for an incoming one. */
    packageUrl: z.string().nullable(),
  }),
);
export type TCrossProvinceRecord = z.infer<typeof ZCrossProvinceRecord>;

export const ZCrossProvinceListQuery = lazySchema(() =>
  z.object({
    direction: z.enum(['out', 'in'], { error: '方向应为 out（移出）或 in（移入）' }).optional(),
  }),
);
export const ZCrossProvinceList = lazySchema(() => z.object({ items: z.array(ZCrossProvinceRecord) }));

/** The regulator of a province as the records name it: 上海市 → 上海市市场监督管理局. */
export const provinceAuthority = (provinceName: string): string => `${provinceName}市场监督管理局`;
