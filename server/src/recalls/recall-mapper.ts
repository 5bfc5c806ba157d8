import type { RecallKind, RecallStatus, Remedy, TRecallImportLine, TRecallPublic, CategoryCode } from '@recall/shared';
import { normalizeBatch, normalizeSearchText } from '@recall/shared';
import type { Recall } from '../db/entity';

/** The public fields of a recall row: nothing else is ever served publicly. */
export function toPublic(r: Recall): TRecallPublic {
  return {
    id: r.id,
    recallNo: r.recallNo,
    title: r.title,
    producerName: r.producerName,
    producerUscc: r.producerUscc,
    productName: r.productName,
    brand: r.brand,
    categoryCode: r.categoryCode as CategoryCode,
    models: r.models,
    gtins: r.gtins,
    batches: r.batches,
    productionFrom: r.productionFrom,
    productionTo: r.productionTo,
    quantity: r.quantity,
    defect: r.defect,
    consequence: r.consequence,
    remedy: r.remedy,
    remedyType: (r.remedyType as Remedy | null) ?? null,
    contactPhone: r.contactPhone,
    remedyChannels: r.remedyChannels,
    startDate: r.startDate,
    status: r.status as RecallStatus,
    publishedAt: r.publishedAt ? new Date(r.publishedAt).toISOString() : null,
    source: r.source as TRecallPublic['source'],
    demo: !!r.demo,
    updatedAt: new Date(r.updatedAt).toISOString(),
    description: r.description,
    emergency: r.emergency,
    organization: r.organization,
    photos: (r.photoIds ?? []).map((p) => ({
      url: recallPhotoUrl(r.id, p),
      thumbUrl: `${recallPhotoUrl(r.id, p)}?size=thumb`,
    })),
    bureauName: r.bureauName,
    bureauPhone: r.bureauPhone,
    // Last, so stored snapshots of recalls keep the order they always had (id, recallNo, …).
    kind: r.kind ?? 'recall',
  };
}

/** A plan photo's public address: stable while the recall is public (API.uploads.recallPhoto). */
const recallPhotoUrl = (recallId: number, photoId: string) => `/api/recalls/${recallId}/photos/${photoId}`;

/** Noon in Shanghai of a day (04:00 UTC): the same calendar day in whichever zone it is read. */
export const shanghaiNoon = (day: string): Date => new Date(`${day}T12:00:00+08:00`);

/** An import line, a case's plan being published (source 'case'), or a bureau's 消费提示 (kind 'warning'). */
export type RecallLine = Omit<TRecallImportLine, 'source'> & { source: TRecallPublic['source']; kind?: RecallKind };

export function fromImportLine(line: RecallLine): Partial<Recall> {
  return {
    recallNo: line.recallNo,
    kind: line.kind ?? 'recall',
    title: line.title,
    producerName: line.producerName,
    producerUscc: line.producerUscc ?? null,
    productName: line.productName,
    brand: line.brand ?? null,
    categoryCode: line.categoryCode,
    models: line.models,
    gtins: line.gtins,
    batches: line.batches,
    productionFrom: line.productionFrom ?? null,
    productionTo: line.productionTo ?? null,
    quantity: line.quantity,
    defect: line.defect,
    consequence: line.consequence,
    remedy: line.remedy,
    remedyType: line.remedyType ?? null,
    contactPhone: line.contactPhone ?? null,
    remedyChannels: line.remedyChannels ?? null,
    startDate: line.startDate,
    status: line.status,
    source: line.source,
    description: line.description ?? null,
    emergency: line.emergency ?? null,
    organization: line.organization ?? null,
    bureauName: line.bureauName ?? null,
    bureauPhone: line.bureauPhone ?? null,
    // A recall published elsewhere keeps its own date; a case's is the day the bureau accepts the plan.
    ...(line.source === 'case' || line.source === 'warning'
      ? {}
      : { publishedAt: shanghaiNoon(line.publishedOn ?? line.startDate) }),
  };
}

/** Fields compared to decide whether a re-import changes a recall. */
export const COMPARED_FIELDS = [
  'title',
  'producerName',
  'producerUscc',
  'productName',
  'brand',
  'categoryCode',
  'models',
  'gtins',
  'batches',
  'productionFrom',
  'productionTo',
  'quantity',
  'defect',
  'consequence',
  'remedy',
  'remedyType',
  'contactPhone',
  'remedyChannels',
  'startDate',
  'status',
  'source',
  'description',
  'emergency',
  'organization',
  'photoIds',
  'bureauName',
  'bureauPhone',
] as const;

/** Scope rows: one per GTIN, model and batch, normalised as lookups normalise them. */
export function scopeRows(recallId: number, line: RecallLine) {
  const rows = new Map<string, { recallId: number; kind: string; value: string }>();
  // Keyed by the stored (cut) value, so two long values sharing their first 100 characters are one row.
  const add = (kind: string, value: string) => {
    const stored = value.slice(0, 100);
    if (stored) rows.set(`${kind}:${stored.toLowerCase()}`, { recallId, kind, value: stored });
  };
  line.gtins.forEach((g) => add('gtin', g));
  line.models.forEach((m) => add('model', normalizeSearchText(m)));
  line.batches.forEach((b) => add('batch', normalizeBatch(b)));
  return [...rows.values()];
}
