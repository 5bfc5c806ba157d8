import { z } from 'zod';
import { ZCategoryCode, ZInjuryLevel, type InjuryLevel } from '../enums';
import { ZClueContact, ZClueStatus, ZClueView } from './clue';
import { zCount, zGtin, zOptionalText, zPastDate, zRegionCode, zText } from './fields';
import { lazySchema } from './lazy';

/**
 * A producer's incident report (事故/伤害报告, 办法 第四条): a defect that has caused deaths, injuries
 * or serious property damage is reported to the city bureau at once. Counts only: the victims' names
 * are not asked for.
 */
export const ZIncidentHarm = lazySchema(() =>
  z.object({
    deaths: zCount('死亡人数', 0, 100_000),
    seriousInjuries: zCount('重伤人数', 0, 100_000),
    minorInjuries: zCount('轻伤人数', 0, 100_000),
    fire: z.boolean({ error: '是否引发火灾应为是或否' }),
    /** 财产损失: what was damaged and roughly how much, in the producer's words. */
    propertyDamage: zOptionalText('财产损失情况', 500),
  }),
);
export type TIncidentHarm = z.infer<typeof ZIncidentHarm>;

/** POST /api/incidents body. */
export const ZIncidentCreateRequest = lazySchema(() =>
  z.object({
    categoryCode: ZCategoryCode,
    productName: zText('产品名称', 100),
    brand: zOptionalText('品牌', 100),
    model: zOptionalText('型号规格', 100),
    batch: zOptionalText('批次', 100),
    productionDate: zPastDate('生产日期').optional(),
    gtin: zGtin.optional(),
    occurredOn: zPastDate('事发日期'),
    /** Where it happened (GB/T 2260), with the street in `place`. */
    regionCode: zRegionCode,
    place: zOptionalText('详细地点', 200),
    description: zText('事故经过', 2000),
    harm: ZIncidentHarm.refine(
      (h) => h.deaths + h.seriousInjuries + h.minorInjuries > 0 || h.fire || !!h.propertyDamage?.trim(),
      { error: '请填写伤亡人数、是否引发火灾或财产损失情况' },
    ),
    measures: zText('已采取的措施', 2000),
    /** The producer's contact person for the bureau; the address is optional. */
    contact: ZClueContact.extend({ address: zOptionalText('联系地址', 200) }),
    photoIds: z.array(z.string().max(64), { error: '照片应为数组' }).max(9, { error: '照片最多 9 张' }).default([]),
  }),
);
export type TIncidentCreateRequest = z.infer<typeof ZIncidentCreateRequest>;

/** The injury level a clue is counted and routed by: the worst harm reported. */
export function incidentInjury(h: Pick<TIncidentHarm, 'deaths' | 'seriousInjuries' | 'minorInjuries'>): InjuryLevel {
  if (h.deaths > 0) return 'death';
  if (h.seriousInjuries > 0) return 'serious';
  if (h.minorInjuries > 0) return 'minor';
  return 'none';
}

/** The harm as people read it: 死亡 1 人、重伤 2 人、引发火灾、财产损失：…… */
export function harmSummary(h: TIncidentHarm): string {
  const parts = [
    h.deaths ? `死亡 ${h.deaths} 人` : '',
    h.seriousInjuries ? `重伤 ${h.seriousInjuries} 人` : '',
    h.minorInjuries ? `轻伤 ${h.minorInjuries} 人` : '',
    h.fire ? '引发火灾' : '',
    h.propertyDamage ? `财产损失：${h.propertyDamage}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('、') : '无人员伤亡';
}

/** Where a report stands, as the producer reads it. */
export const INCIDENT_STAGES = {
  received: '监管局已接收',
  handling: '监管局核实中',
  case: '已立案调查',
  merged: '已与同一问题的线索合并处理',
  rejected: '监管局不予立案调查',
} as const;
export type IncidentStage = keyof typeof INCIDENT_STAGES;
export const ZIncidentStage = lazySchema(() =>
  z.enum(Object.keys(INCIDENT_STAGES) as [IncidentStage, ...IncidentStage[]]),
);

/**
 * GET /api/incidents/:id — the clue the report became (routing, photos, timeline, recalls already
 * covering the product), the report's own fields, and the case opened from it.
 */
export const ZIncidentView = lazySchema(() =>
  z.object({
    id: z.number().int(),
    receiptNo: z.string(),
    status: ZClueStatus,
    stage: ZIncidentStage,
    stageLabel: z.string(),
    producerName: z.string(),
    producerUscc: z.string(),
    categoryCode: ZCategoryCode,
    productName: z.string(),
    brand: z.string(),
    model: z.string().nullable(),
    batch: z.string().nullable(),
    productionDate: z.string().nullable(),
    gtin: z.string().nullable(),
    occurredOn: z.string(),
    regionCode: z.string(),
    /** 江苏省苏州市虎丘区, then the street. */
    regionName: z.string(),
    place: z.string().nullable(),
    description: z.string(),
    harm: ZIncidentHarm,
    harmSummary: z.string(),
    injury: ZInjuryLevel,
    measures: z.string(),
    contact: z.object({ name: z.string(), phone: z.string(), address: z.string() }).nullable(),
    photos: ZClueView.shape.photos,
    routing: ZClueView.shape.routing,
    recalls: ZClueView.shape.recalls,
    /** The case a bureau opened from the report, if any. */
    case: z.object({ id: z.number().int(), state: z.string(), stateLabel: z.string() }).nullable(),
    timeline: ZClueView.shape.timeline,
    createdAt: z.string(),
  }),
);
export type TIncidentView = z.infer<typeof ZIncidentView>;

export const ZIncidentListResponse = lazySchema(() =>
  z.object({ items: z.array(ZIncidentView), total: z.number().int() }),
);
export type TIncidentListResponse = z.infer<typeof ZIncidentListResponse>;
