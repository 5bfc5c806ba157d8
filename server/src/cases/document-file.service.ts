import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  DOC_TYPES,
  docMeta,
  getProvinceProfile,
  isNumberedDoc,
  type DeliveryMethod,
  type DocType,
} from '@recall/shared';
import type { Readable } from 'stream';
import { DataSource, EntityManager, In } from 'typeorm';
import { notFound } from '../core/errors';
import { AuditLog, Bureau, CaseDocument, Clue, RecallCase, Upload, User } from '../db/entity';
import type { Env } from '../core/env';
import { ClueService } from '../clues/clue.service';
import { caseSteps } from './case-steps';
import { DossierEntry, buildDossierZip } from '../documents/dossier';
import { docxFileName, renderDocx } from '../documents/docx';
import type { DocRenderInput } from '../documents/types';
import { PhotoService } from '../uploads/photo.service';
import { caseNumber } from './case-view.service';
import { uploadIdsOf } from './forms';
import { CaseRecordService } from './case-records.service';

async function toBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

/** Documents as files an office opens (DOCX laid out like the templates), and the e-dossier ZIP (第十八条). */
@Provide()
export class DocumentFileService {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  photos!: PhotoService;

  @Inject()
  clues!: ClueService;

  @Inject()
  records!: CaseRecordService;

  @Config('env')
  env!: Env;

  async docx(docId: number): Promise<{ name: string; data: Buffer }> {
    const m = this.db.manager;
    const doc = await m.findOneBy(CaseDocument, { id: docId });
    if (!doc) throw notFound('没有找到这份文书', 'DOCUMENT_NOT_FOUND');
    const input = await this.input(m, doc);
    return { name: docxFileName(input), data: await renderDocx(input) };
  }

  /**
   * The clue record, every document and act as DOCX, every photo and attachment, the records
   * (现场调查 with its 现场检查笔录, 约谈, 处理措施) with their evidence, the timeline and the audit trail.
   */
  async dossier(caseId: number): Promise<{ name: string; data: Buffer }> {
    const m = this.db.manager;
    const c = await m.findOneBy(RecallCase, { id: caseId });
    if (!c) throw notFound('没有找到这个案件', 'CASE_NOT_FOUND');
    const docs = await m.find(CaseDocument, { where: { caseId }, order: { id: 'ASC' } });
    const entries: DossierEntry[] = [];
    for (const [i, doc] of docs.entries()) {
      const input = await this.input(m, doc);
      const prefix = `${String(i + 1).padStart(2, '0')}`;
      entries.push({ path: `文书/${prefix}-${docxFileName(input)}`, data: await renderDocx(input) });
      for (const u of uploadIdsOf(doc.docType, input.data)) {
        const file = await this.photo(m, u);
        if (file)
          entries.push({ path: `附件/${prefix}-${docMeta(this.docs, doc.docType).title}-${u}.jpg`, data: file });
      }
    }
    entries.push(...(await this.clueRecord(m, c)));
    entries.push(...(await this.records.dossierEntries(m, c)));
    const events = await caseSteps(m, caseId);
    const audit = await m.find(AuditLog, {
      where: { entityType: 'case', entityId: String(caseId) },
      order: { id: 'ASC' },
    });
    entries.push({ path: '案件信息.json', data: JSON.stringify(c, null, 2) });
    entries.push({ path: '办理过程.json', data: JSON.stringify(events, null, 2) });
    entries.push({ path: '审计记录.json', data: JSON.stringify(audit, null, 2) });
    return {
      name: `电子案卷-${caseNumber(c)}.zip`,
      data: await buildDossierZip(entries),
    };
  }

  /**
   * 缺陷线索收集 (苏 第十八条): the clue the case came from, as staff of a bureau that does not
   * handle it see it (the reporter's contact masked: the dossier travels), with its photos.
   */
  private async clueRecord(m: EntityManager, c: RecallCase): Promise<DossierEntry[]> {
    const clue = c.clueId ? await m.findOneBy(Clue, { id: c.clueId }) : null;
    if (!clue) return [];
    const view = await this.clues.render(clue, 'masked');
    const entries: DossierEntry[] = [{ path: '线索记录.json', data: JSON.stringify(view, null, 2) }];
    for (const p of view.photos) {
      const file = await this.photo(m, p.id);
      if (file) entries.push({ path: `附件/00-缺陷线索-${p.id}.jpg`, data: file });
    }
    return entries;
  }

  private async input(m: EntityManager, doc: CaseDocument): Promise<DocRenderInput> {
    const c = await m.findOneByOrFail(RecallCase, { id: doc.caseId });
    // A numbered document names its issuer; an objection is addressed to the province (办法 第十七条).
    const bureau = await m.findOneByOrFail(Bureau, { code: doc.bureauCode ?? this.bureauFor(doc.docType, c) });
    const data = doc.data;
    const notices = await m.find(CaseDocument, { where: { caseId: c.id }, order: { id: 'ASC' } });
    const prior = notices.filter((n) => isNumberedDoc(n.docType) && n.id < doc.id).pop();
    const images: DocRenderInput['images'] = [];
    for (const f of ['photos']) {
      for (const u of (data[f] as string[] | undefined) ?? []) {
        const b = await this.photo(m, u);
        if (b) images.push({ key: f, data: b });
      }
    }
    return {
      type: doc.docType,
      docs: this.docs,
      docNo: doc.docNo,
      bureauName: bureau.name,
      producerName: c.producerName,
      addressee: this.addressee(doc.docType),
      issuedOn: doc.issuedOn,
      data,
      priorNotice: prior ? { title: docMeta(this.docs, prior.docType).title, docNo: prior.docNo! } : null,
      receipt: doc.forDocId ? await this.receipt(m, doc) : null,
      images,
    };
  }

  private async receipt(m: EntityManager, receipt: CaseDocument): Promise<DocRenderInput['receipt']> {
    const notice = await m.findOneByOrFail(CaseDocument, { id: receipt.forDocId! });
    const users = await m.findBy(User, { id: In([notice.createdBy, receipt.createdBy]) });
    const name = (id: number) => users.find((u) => u.id === id)?.displayName ?? '';
    return {
      noticeType: notice.docType,
      noticeDocNo: notice.docNo ?? '',
      deliveredBy: name(notice.createdBy),
      confirmedAt: new Date(receipt.createdAt).toISOString(),
      confirmedBy: name(receipt.createdBy),
      deliveryMethod: (receipt.data.deliveryMethod as DeliveryMethod | undefined) ?? 'electronic',
      receivedOn: receipt.data.receivedOn as string | undefined,
      signedBy: (receipt.data.signedBy as string | undefined) ?? null,
    };
  }

  /** The province's document set: what its documents are called and which rules they cite. */
  private get docs() {
    return getProvinceProfile(this.env.PROVINCE).documents;
  }

  private get province() {
    return getProvinceProfile(this.env.PROVINCE).provinceBureau;
  }

  private bureauFor(type: DocType, c: RecallCase): string {
    const meta = DOC_TYPES[type];
    return 'to' in meta && meta.to === 'province' ? this.province.code : c.bureauCode;
  }

  /** Whom an act going up is addressed to. */
  private addressee(type: DocType): string | undefined {
    const meta = DOC_TYPES[type];
    if (!('to' in meta) || meta.party !== 'bureau') return undefined;
    return meta.to === 'samr' ? '国家市场监督管理总局' : this.province.name;
  }

  private async photo(m: EntityManager, id: string): Promise<Buffer | null> {
    const u = await m.findOneBy(Upload, { id });
    return u ? toBuffer(await this.photos.storage.read(u.storageKey)) : null;
  }
}
