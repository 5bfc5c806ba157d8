import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  getProvinceProfile,
  parseUscc,
  provinceAuthority,
  regionName,
  type TCrossProvinceRecord,
  type TPassOnRequest,
} from '@recall/shared';
import type { Readable } from 'stream';
import { DataSource, In } from 'typeorm';
import { commandTransaction } from '../core/tx';
import type { Caller } from '../core/auth';
import type { Env } from '../core/env';
import { decryptJson } from '../core/crypto';
import { badRequest, conflict, forbidden, notFound } from '../core/errors';
import { AuditService } from '../core/audit.service';
import { Bureau, Clue, ClueBureau, ClueCrossProvince, Upload } from '../db/entity';
import { PhotoService } from '../uploads/photo.service';
import { ClueInboxService } from './clue-inbox.service';
import { ClueTriggers } from './clue.triggers';
import type { Contact } from './clue-view';
import { cluePackage } from './clue-package';

/** The statuses a clue can be passed on from: still open at the province. */
const OPEN = ['received', 'verifying'];

async function toBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

/**
 * 跨省移送 (苏 第四条(二)): the province passes a clue whose producer is registered in another province
 * to that province's market regulation bureau — to whom, when, what, with a package of the clue that
 * carries the reporter's contact only if they consented — and the clue leaves the open queue.
 * Clues received from other provinces are entered as a source (ClueService, `otherProvince`).
 */
@Provide()
export class CrossProvinceService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  @Inject()
  inbox!: ClueInboxService;

  @Inject()
  triggers!: ClueTriggers;

  @Inject()
  photos!: PhotoService;

  private get profile() {
    return getProvinceProfile(this.env.PROVINCE);
  }

  private get key(): Buffer {
    return Buffer.from(this.env.DATA_KEY, 'base64');
  }

  async passOn(caller: Caller, id: number, body: TPassOnRequest): Promise<TCrossProvinceRecord> {
    const province = this.profile.provinceBureau;
    const name = regionName(body.provinceCode);
    if (!name)
      throw badRequest('接收线索的省份不存在', [{ path: 'provinceCode', message: '不是有效的省级行政区划代码' }]);
    if (body.provinceCode === this.profile.regionCode)
      throw badRequest('不能移送给本省', [{ path: 'provinceCode', message: '应为生产者所在的其他省份' }]);
    const authority = provinceAuthority(name);
    const recordId = await commandTransaction(this.db, async (m) => {
      const clue = await m.findOneBy(Clue, { id });
      if (!clue) throw notFound('没有找到这条线索', 'CLUE_NOT_FOUND');
      // The province passes on what it handles; an admin acts for it.
      if (caller.role === 'province') {
        const link = await m.findOneBy(ClueBureau, { clueId: id, bureauCode: caller.org ?? '' });
        if (!link || link.role === 'former') throw notFound('没有找到这条线索', 'CLUE_NOT_FOUND');
        if (link.role !== 'handler') throw forbidden(`这条线索由承办局处理，需先移送${province.name}`);
      }
      if (clue.bureauCode !== province.code)
        throw conflict(`线索由${province.name}承办时才能移送外省，请先由承办局移送省局`, 'NOT_AT_PROVINCE');
      if (!OPEN.includes(clue.status)) throw conflict('线索当前状态不能移送外省', 'INVALID_STATE');
      await this.inbox.claim(m, clue, 'passedOn');
      const insert = await m.insert(ClueCrossProvince, {
        clueId: id,
        direction: 'out',
        provinceCode: body.provinceCode,
        authority,
        contact: body.contact,
        reference: body.reference ?? null,
        note: body.note,
        contactShared: !!clue.shareConsent && !!clue.contactEnc,
        actorId: caller.userId,
      });
      const note = `${province.name}已将线索移送${authority}依法处理`;
      const eventId = await this.audit.record(m, {
        actorId: caller.userId,
        action: 'clue.passed_on',
        entityType: 'clue',
        entityId: id,
        from: clue.status,
        to: 'passedOn',
        detail: {
          note,
          by: province.code,
          provinceCode: body.provinceCode,
          authority,
          reference: body.reference ?? null,
          contactShared: !!clue.shareConsent && !!clue.contactEnc,
        },
      });
      await this.triggers.onEvent(m, { clueId: id, ref: `step:${eventId}`, type: 'passed_on', bureauCode: null, note });
      return Number(insert.identifiers[0].id);
    });
    return (await this.records({ id: recordId }))[0];
  }

  async list(direction?: 'out' | 'in'): Promise<{ items: TCrossProvinceRecord[] }> {
    return { items: await this.records(direction ? { direction } : {}) };
  }

  private async records(where: { id?: number; direction?: string }): Promise<TCrossProvinceRecord[]> {
    const rows = await this.db.getRepository(ClueCrossProvince).find({ where, order: { id: 'DESC' }, take: 500 });
    const clues = rows.length ? await this.db.getRepository(Clue).findBy({ id: In(rows.map((r) => r.clueId)) }) : [];
    const byId = new Map(clues.map((c) => [c.id, c]));
    return rows.map((r) => ({
      id: r.id,
      clueId: r.clueId,
      receiptNo: byId.get(r.clueId)?.receiptNo ?? '',
      productName: byId.get(r.clueId)?.productName ?? '',
      direction: r.direction as 'out' | 'in',
      provinceCode: r.provinceCode,
      authority: r.authority,
      contact: r.contact,
      reference: r.reference,
      note: r.note,
      contactShared: !!r.contactShared,
      at: new Date(r.createdAt).toISOString(),
      packageUrl: r.direction === 'out' ? `/api/province/cross-province/${r.id}/package.zip` : null,
    }));
  }

  /** The package of an outgoing record, as sent: the reporter's contact only if the record says it was shared. */
  async package(recordId: number): Promise<{ name: string; data: Buffer }> {
    const record = await this.db.getRepository(ClueCrossProvince).findOneBy({ id: recordId, direction: 'out' });
    const clue = record && (await this.db.getRepository(Clue).findOneBy({ id: record.clueId }));
    if (!record || !clue) throw notFound('没有找到这条移送记录', 'TRANSFER_NOT_FOUND');
    const contact = record.contactShared && clue.contactEnc ? decryptJson<Contact>(this.key, clue.contactEnc) : null;
    const uploads = await this.db
      .getRepository(Upload)
      .find({ where: { clueId: clue.id }, order: { createdAt: 'ASC' } });
    const photos: Array<{ id: string; data: Buffer }> = [];
    // Photos WeChat's check held back (or has not yet cleared) stay home.
    for (const u of uploads.filter((p) => !['pending', 'risky'].includes(p.review)))
      photos.push({ id: u.id, data: await toBuffer(await this.photos.storage.read(u.storageKey)) });
    const from = (await this.db.getRepository(Bureau).findOneBy({ code: this.profile.provinceBureau.code }))?.name;
    const data = await cluePackage({
      clue,
      record,
      from: from ?? this.profile.provinceBureau.name,
      contact,
      photos,
    });
    return { name: `线索移送材料-${clue.receiptNo}-${record.authority}.zip`, data };
  }

  /** The province a clue's producer is registered in, when its USCC says it is outside this one. */
  producerProvinceOutside(clue: Clue): string | undefined {
    const r = clue.producerUscc ? parseUscc(clue.producerUscc) : undefined;
    if (!r?.valid || !r.divisionCode) return undefined;
    const code = `${r.divisionCode.slice(0, 2)}0000`;
    return code === this.profile.regionCode ? undefined : code;
  }
}
