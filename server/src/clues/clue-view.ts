import type { ClueSource, ClueStatus, CategoryCode, InjuryLevel, TClueView, ClueEventType } from '@recall/shared';
import { decryptJson } from '../core/crypto';
import type { Clue, ClueEvent, Upload } from '../db/entity';

export type ContactMode = 'full' | 'masked';
export interface Contact {
  name: string;
  phone: string;
  address: string;
}

/** A clue as its viewer may see it: full contact for the reporter and the handling bureau only. */
export function toClueView(
  c: Clue,
  opts: {
    key: Buffer;
    contact: ContactMode;
    events: ClueEvent[];
    photos: Upload[];
    link: (id: string, size?: 'thumb') => string;
    bureauNames: Map<string, string>;
  },
): TClueView {
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
    },
    mergedInto: c.mergedInto,
    createdAt: new Date(c.createdAt).toISOString(),
    timeline: opts.events.map((e) => ({
      at: new Date(e.createdAt).toISOString(),
      type: e.type as ClueEventType,
      bureauName: e.bureauCode ? (opts.bureauNames.get(e.bureauCode) ?? e.bureauCode) : null,
      note: e.note,
    })),
  };
}
