import { clueStep, countyBureauName, FOREIGN_RECALL_FORMATS, regionFullName } from '@recall/shared';
import type {
  ClueSource,
  ClueStatus,
  CategoryCode,
  InjuryLevel,
  TClueRecallLink,
  TClueView,
  ClueEventType,
} from '@recall/shared';
import { auditEvent } from '../core/audit.service';
import { decryptJson } from '../core/crypto';
import type { AuditLog, Clue, ClueCrossProvince, ClueForeignRecall, Upload } from '../db/entity';

export type ContactMode = 'full' | 'masked';
/** A clue's timeline as recorded: its audit events and the `open` events of cases opened from it (id → bureau), oldest first. */
export interface ClueTimelineEvents {
  rows: AuditLog[];
  cases: Map<string, string>;
}
export interface Contact {
  name: string;
  phone: string;
  address: string;
}

/** The foreign record a clue came from, named by its publisher in Chinese. */
function foreignLink(f: ClueForeignRecall): NonNullable<TClueView['foreignRecall']> {
  const publisher = (FOREIGN_RECALL_FORMATS as Record<string, string>)[f.format] ?? f.format;
  return {
    format: f.format,
    publisher,
    country: f.country,
    reference: f.reference,
    url: f.url,
    date: f.publishedOn,
    title: f.title,
    hazard: f.hazard,
    matchedOn: f.matchedOn,
  };
}

/** A clue as its viewer may see it: full contact for the reporter and the handling bureau only. */
export function toClueView(
  c: Clue,
  opts: {
    key: Buffer;
    contact: ContactMode;
    events: ClueTimelineEvents;
    photos: Upload[];
    link: (id: string, size?: 'thumb') => string;
    bureauNames: Map<string, string>;
    recalls: TClueRecallLink[];
    crossing?: ClueCrossProvince | null;
    foreign?: ClueForeignRecall | null;
  },
): TClueView {
  const x = opts.crossing;
  let contact: Contact | null = null;
  if (opts.contact === 'full' && c.contactEnc) contact = decryptJson<Contact>(opts.key, c.contactEnc);
  else if (c.contactMasked) contact = c.contactMasked;
  return {
    id: c.id,
    receiptNo: c.receiptNo,
    status: c.status as ClueStatus,
    source: c.source as ClueSource,
    categoryCode: c.categoryCode as CategoryCode,
    productName: c.productName,
    brand: c.brand,
    model: c.model,
    batch: c.batch,
    productionDate: c.productionDate,
    gtin: c.gtin,
    producerName: c.producerName,
    producerUscc: c.producerUscc,
    description: c.description,
    injury: c.injury as InjuryLevel,
    fire: !!c.fire,
    regionCode: c.regionCode,
    regionName: regionFullName(c.regionCode) ?? c.regionCode,
    purchaseChannel: c.purchaseChannel,
    contact,
    photos: opts.photos.map((p) => ({
      id: p.id,
      url: opts.link(p.id),
      thumbnailUrl: opts.link(p.id, 'thumb'),
      pending: p.review === 'pending',
    })),
    routing: {
      bureauCode: c.bureauCode,
      bureauName: opts.bureauNames.get(c.bureauCode) ?? c.bureauCode,
      reason: c.routingReason,
      copiedTo: c.copiedTo,
      copiedToNames: c.copiedTo.map((code) => opts.bureauNames.get(code) ?? code),
    },
    mergedInto: c.mergedInto,
    recalls: opts.recalls,
    createdAt: new Date(c.createdAt).toISOString(),
    timeline: opts.events.rows.flatMap((e) => timelineOf(c, e, opts)),
    channel: c.channel,
    shareConsent: !!c.shareConsent,
    crossProvince: x
      ? {
          direction: x.direction as 'out' | 'in',
          provinceCode: x.provinceCode,
          authority: x.authority,
          reference: x.reference,
          at: new Date(x.createdAt).toISOString(),
          label: x.direction === 'out' ? `已移送${x.authority}` : `由${x.authority}移送`,
        }
      : null,
    ...(opts.foreign ? { foreignRecall: foreignLink(opts.foreign) } : {}),
  };
}

/**
 * What the reporter reads of one audit event: its creation is 已提交, 已分派 and one 已抄送 per
 * bureau informed; a bureau's step is one entry, under the bureau that took it.
 */
function timelineOf(
  c: Clue,
  row: AuditLog,
  opts: { events: ClueTimelineEvents; bureauNames: Map<string, string> },
): TClueView['timeline'] {
  const at = new Date(row.createdAt).toISOString();
  const name = (code: string) => opts.bureauNames.get(code) ?? code;
  const e = auditEvent(row);
  if (e.action === 'case.open') {
    const { event, defaultNote } = clueStep('open_case');
    return [{ at, type: event, bureauName: name(opts.events.cases.get(row.entityId) ?? ''), note: defaultNote! }];
  }
  if (e.action === 'clue.created') {
    return [
      {
        at,
        type: 'received',
        bureauName: null,
        note:
          c.source === 'producerIncident'
            ? '生产者提交事故报告'
            : c.enteredBy
              ? e.detail.county
                ? `${countyBureauName(e.detail.county)}录入线索`
                : '工作人员录入线索'
              : '报告已提交',
      },
      // The reason is shown once, with the handling bureau (routing.reason), not again here.
      { at, type: 'routed', bureauName: name(e.detail.bureau), note: '' },
      ...e.detail.copiedTo.map((code) => ({
        at,
        type: 'copied' as const,
        bureauName: name(code),
        note: `已同时告知${name(code)}`,
      })),
    ];
  }
  if (e.entityType !== 'clue') return [];
  const type = e.action.slice('clue.'.length) as ClueEventType;
  return [{ at, type, bureauName: name(e.detail.by), note: e.detail.note }];
}
