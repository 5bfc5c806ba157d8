import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  CASE_RECORD_KINDS,
  MEASURE_KINDS,
  RECORD_FILE_TYPES,
  RECORDS_CLOSED_STATES,
  getProvinceProfile,
  producerSeesRecord,
  type CaseRecordKind,
  type RecordFileType,
  type TCaseRecordList,
  type TCaseRecordView,
  type TErrorIssue,
  type TInspectionInput,
  type TInterviewInput,
  type TMeasureInput,
  type TRecordFile,
} from '@recall/shared';
import { randomUUID } from 'crypto';
import fs from 'fs';
import JSZip from 'jszip';
import path from 'path';
import type { Readable } from 'stream';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AuditService } from '../core/audit.service';
import type { Caller } from '../core/auth';
import { Clock } from '../core/clock.service';
import { decryptJson, encryptJson } from '../core/crypto';
import type { Env } from '../core/env';
import { badRequest, conflict, forbidden, notFound } from '../core/errors';
import { replayOf, requestHash } from '../core/idempotency';
import { commandTransaction } from '../core/tx';
import { Bureau, CaseRecord, CaseRecordFile, RecallCase, Upload, User } from '../db/entity';
import type { DossierEntry } from '../documents/dossier';
import { renderInspectionRecord } from '../documents/inspection-record';
import { PhotoService } from '../uploads/photo.service';
import { actorsFor } from './case-access';
import { CaseService } from './case.service';
import { caseNumber } from './case-view.service';
import { FileLinks } from './file-links';

export type RecordInput =
  | { kind: 'inspection'; body: TInspectionInput }
  | { kind: 'interview'; body: TInterviewInput }
  | { kind: 'measure'; body: TMeasureInput };

type RecordData = Record<string, unknown>;

/** The day a record happened, and the field that holds it (named when it is refused). */
const DATE_FIELD: Record<CaseRecordKind, 'inspectedOn' | 'heldOn' | 'takenOn'> = {
  inspection: 'inspectedOn',
  interview: 'heldOn',
  measure: 'takenOn',
};

async function toBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

/** A file name safe in a ZIP and a Content-Disposition: no separators, control or reserved characters. */
export function safeFileName(name: string): string {
  return name
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(-120);
}

/** Busboy hands non-ASCII names as Latin-1 when the client sent UTF-8 bytes: read them again as UTF-8. */
function utf8Name(name: string): string {
  const chars = [...name].map((ch) => ch.codePointAt(0)!);
  if (!chars.some((c) => c >= 0x80) || chars.some((c) => c > 0xff)) return name;
  const again = Buffer.from(name, 'latin1').toString('utf8');
  return again.includes('\ufffd') ? name : again;
}

/** The type of an evidence file from its content (a PDF header, or the part an OOXML package must have). */
export async function sniffRecordFile(data: Buffer): Promise<RecordFileType | undefined> {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) return undefined;
  const zip = await JSZip.loadAsync(data).catch(() => null);
  if (zip?.file('word/document.xml')) return 'docx';
  if (zip?.file('xl/workbook.xml')) return 'xlsx';
  return undefined;
}

/**
 * Records on a case (现场调查, 约谈, 处理措施): entered by the case's bureau or the province,
 * audited with the case, shown on its timeline and in its dossier; the producer reads only its
 * interviews and the measures taken against it (see domain/caseRecords), consumers nothing.
 */
@Provide()
export class CaseRecordService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  cases!: CaseService;

  @Inject()
  photos!: PhotoService;

  @Inject()
  audit!: AuditService;

  @Inject()
  clock!: Clock;

  @Inject()
  links!: FileLinks;

  private get key(): Buffer {
    return Buffer.from(this.env.DATA_KEY, 'base64');
  }

  private get province() {
    return getProvinceProfile(this.env.PROVINCE).provinceBureau;
  }

  /** The case, if the caller may record on it: its bureau's staff or the province; others see no case (404) or are refused (403). */
  private async recordable(m: EntityManager, caller: Caller, caseId: number): Promise<RecallCase> {
    const c = await this.cases.load(m, caller, caseId);
    const actors = actorsFor(caller, c, this.province.code);
    if (!actors.includes('handler') && !actors.includes('province'))
      throw forbidden('只有办理案件的市场监管部门可以记录现场调查、约谈和处理措施');
    return c;
  }

  async create(caller: Caller, caseId: number, input: RecordInput, idempotencyKey?: string): Promise<TCaseRecordView> {
    const hash = requestHash({ caseId, ...input });
    if (idempotencyKey) {
      const existing = await this.byKey(caller.userId, idempotencyKey);
      if (existing) return this.shown(caller, replayOf(existing, hash));
    }
    try {
      const record = await commandTransaction(this.db, (m) =>
        this.insert(m, caller, caseId, input, { key: idempotencyKey ?? null, hash }),
      );
      return await this.shown(caller, record);
    } catch (e) {
      // Submissions racing with one key: the unique index lets one in; the others answer with it.
      if (idempotencyKey && e instanceof QueryFailedError) {
        const existing = await this.byKey(caller.userId, idempotencyKey);
        if (existing) return this.shown(caller, replayOf(existing, hash));
      }
      throw e;
    }
  }

  private byKey(userId: number, key: string) {
    return this.db.getRepository(CaseRecord).findOneBy({ createdBy: userId, idempotencyKey: key });
  }

  private async insert(
    m: EntityManager,
    caller: Caller,
    caseId: number,
    input: RecordInput,
    idem: { key: string | null; hash: string },
  ): Promise<CaseRecord> {
    const c = await this.recordable(m, caller, caseId);
    const label = CASE_RECORD_KINDS[input.kind];
    if (input.kind !== 'measure' && (RECORDS_CLOSED_STATES as readonly string[]).includes(c.state))
      throw conflict(`案件已结案，不能再记录${label}`, 'CASE_CLOSED');
    const { photoIds = [], fileIds, ...data } = input.body as RecordData & { photoIds?: string[]; fileIds: string[] };
    const dateField = DATE_FIELD[input.kind];
    const occurredOn = data[dateField] as string;
    const issues: TErrorIssue[] = [];
    if (occurredOn > this.clock.today())
      issues.push({
        path: dateField,
        message: `${input.kind === 'measure' ? '决定日期' : `${label}日期`}不能晚于今天`,
      });
    const photos = [...new Set(photoIds)];
    if (photos.length && (await m.countBy(Upload, { id: In(photos), ownerId: caller.userId })) !== photos.length)
      issues.push({ path: 'photoIds', message: '照片中有无效的照片（请重新上传）' });
    const files = [...new Set(fileIds)];
    if (files.length && (await m.countBy(CaseRecordFile, { id: In(files), caseId })) !== files.length)
      issues.push({ path: 'fileIds', message: '附件中有不属于本案件的文件（请重新上传）' });
    if (issues.length) throw badRequest(issues[0].message, issues);
    const r = await m.insert(CaseRecord, {
      caseId,
      kind: input.kind,
      occurredOn,
      dataEnc: encryptJson(this.key, data),
      photoIds: photos,
      fileIds: files,
      createdBy: caller.userId,
      idempotencyKey: idem.key,
      idempotencyHash: idem.key ? idem.hash : null,
    });
    const id = Number(r.identifiers[0].id);
    await this.audit.record(m, {
      actorId: caller.userId,
      action: 'case.record_added',
      entityType: 'case',
      entityId: caseId,
      from: c.state,
      to: c.state,
      detail: { recordId: id, kind: input.kind, summary: this.summary(input) },
    });
    return m.findOneByOrFail(CaseRecord, { id });
  }

  /** One line for the timeline and the audit trail: where or what, never the people named. */
  private summary(input: RecordInput): string {
    switch (input.kind) {
      case 'inspection':
        return `现场调查：${input.body.place}`;
      case 'interview':
        return `约谈生产者：${input.body.place}`;
      case 'measure': {
        const b = input.body;
        return `${MEASURE_KINDS[b.kind]}${b.decisionNo ? `（${b.decisionNo}）` : ''}`;
      }
    }
  }

  async list(caller: Caller, caseId: number): Promise<TCaseRecordList> {
    const m = this.db.manager;
    const c = await this.cases.load(m, caller, caseId);
    const actors = actorsFor(caller, c, this.province.code);
    const staff = !actors.includes('producer');
    const rows = await m.find(CaseRecord, { where: { caseId }, order: { id: 'ASC' } });
    const shown = rows.filter((r) => staff || producerSeesRecord(r.kind));
    return { items: await this.views(m, c, shown, staff), canRecord: staff };
  }

  private async shown(caller: Caller, r: CaseRecord): Promise<TCaseRecordView> {
    const m = this.db.manager;
    const c = await this.cases.load(m, caller, r.caseId);
    const staff = !actorsFor(caller, c, this.province.code).includes('producer');
    return (await this.views(m, c, [r], staff))[0];
  }

  data(r: CaseRecord): RecordData {
    return decryptJson<RecordData>(this.key, r.dataEnc);
  }

  private async views(m: EntityManager, c: RecallCase, rows: CaseRecord[], staff: boolean): Promise<TCaseRecordView[]> {
    const bureau = await m.findOneBy(Bureau, { code: c.bureauCode });
    const userIds = [...new Set(rows.map((r) => r.createdBy))];
    const users = userIds.length ? await m.findBy(User, { id: In(userIds) }) : [];
    const fileIds = rows.flatMap((r) => r.fileIds);
    const files = fileIds.length ? await m.findBy(CaseRecordFile, { id: In(fileIds) }) : [];
    return rows.map((r) => {
      const user = users.find((u) => u.id === r.createdBy);
      const org = user?.role === 'province' ? this.province.name : (bureau?.name ?? c.bureauCode);
      const base = {
        id: r.id,
        caseId: r.caseId,
        kindLabel: CASE_RECORD_KINDS[r.kind],
        occurredOn: r.occurredOn,
        createdAt: new Date(r.createdAt).toISOString(),
        recordedBy: staff ? `${user?.displayName ?? ''}（${org}）` : org,
        photos: r.photoIds.map((id) => ({ id, url: this.photos.link(id), thumbUrl: this.photos.link(id, 'thumb') })),
        files: r.fileIds.flatMap((id) => {
          const f = files.find((x) => x.id === id);
          return f ? [this.fileView(f)] : [];
        }),
      };
      const d = this.data(r);
      switch (r.kind) {
        case 'inspection':
          return {
            ...base,
            kind: 'inspection' as const,
            inspection: d as Omit<TInspectionInput, 'photoIds' | 'fileIds'>,
            docxUrl: this.links.recordDocx(r.id),
          };
        case 'interview':
          return { ...base, kind: 'interview' as const, interview: d as Omit<TInterviewInput, 'fileIds'> };
        case 'measure': {
          const md = d as Omit<TMeasureInput, 'fileIds'>;
          return {
            ...base,
            kind: 'measure' as const,
            measure: { ...md, kindLabel: MEASURE_KINDS[md.kind], note: staff ? (md.note ?? null) : null },
          };
        }
      }
    });
  }

  private fileView(f: CaseRecordFile): TRecordFile {
    return { id: f.id, name: f.name, type: f.type, bytes: f.bytes, url: this.links.recordFile(f.id) };
  }

  /** An evidence file, checked by content (PDF, DOCX, XLSX) and kept with the case; the temp file is removed. */
  async storeFile(caller: Caller, caseId: number, tempFile: string, filename: string): Promise<TRecordFile> {
    try {
      await this.recordable(this.db.manager, caller, caseId);
      const data = await fs.promises.readFile(tempFile);
      const type = await sniffRecordFile(data);
      const accepted = Object.values(RECORD_FILE_TYPES)
        .map((t) => t.label)
        .join('、');
      if (!type)
        throw badRequest(
          `只能上传 ${accepted} 文件`,
          [{ path: 'file', message: '文件类型不支持' }],
          'UNSUPPORTED_FILE',
        );
      const ext = path.extname(filename ?? '').toLowerCase();
      if (ext && ext !== `.${type}`)
        throw badRequest(
          `文件内容是 ${RECORD_FILE_TYPES[type].label}，与扩展名 ${ext} 不符`,
          [{ path: 'file', message: '文件内容与扩展名不符' }],
          'UNSUPPORTED_FILE',
        );
      const id = randomUUID();
      const base = safeFileName(path.basename(utf8Name(filename ?? ''), ext)) || '证据材料';
      const name = `${base}.${type}`;
      const month = new Date().toISOString().slice(0, 7).replace('-', '/');
      const file = {
        id,
        caseId,
        ownerId: caller.userId,
        name,
        type,
        bytes: data.length,
        storageKey: `records/${month}/${id}.${type}`,
      };
      // Bytes first, then the row: an acknowledged file always has its bytes.
      await this.photos.storage.put(file.storageKey, data, RECORD_FILE_TYPES[type].mime);
      await commandTransaction(this.db, async (m) => {
        await m.insert(CaseRecordFile, file);
        await this.audit.record(m, {
          actorId: caller.userId,
          action: 'case.record_file',
          entityType: 'case',
          entityId: caseId,
          detail: { fileId: id, name, bytes: data.length },
        });
      });
      return this.fileView(await this.db.getRepository(CaseRecordFile).findOneByOrFail({ id }));
    } finally {
      await fs.promises.rm(tempFile, { force: true });
    }
  }

  /** An evidence file by its signed link. */
  async openFile(id: string, exp: number, sig: string) {
    this.links.verify(`recfile:${id}`, exp, sig);
    const f = await this.db.getRepository(CaseRecordFile).findOneBy({ id });
    if (!f) throw notFound('没有找到这个文件');
    return {
      name: f.name,
      mime: RECORD_FILE_TYPES[f.type].mime,
      data: await toBuffer(await this.photos.storage.read(f.storageKey)),
    };
  }

  /** The 现场检查笔录 of an inspection record as DOCX, by its signed link. */
  async inspectionDocx(id: number, exp: number, sig: string): Promise<{ name: string; data: Buffer }> {
    this.links.verify(`record:${id}`, exp, sig);
    const m = this.db.manager;
    const r = await m.findOneBy(CaseRecord, { id, kind: 'inspection' });
    if (!r) throw notFound('没有找到这份现场检查笔录');
    return this.renderInspection(m, r);
  }

  private async renderInspection(m: EntityManager, r: CaseRecord): Promise<{ name: string; data: Buffer }> {
    const c = await m.findOneByOrFail(RecallCase, { id: r.caseId });
    const creator = await m.findOneBy(User, { id: r.createdBy });
    const bureau = await m.findOneBy(Bureau, { code: c.bureauCode });
    const bureauName = creator?.role === 'province' ? this.province.name : (bureau?.name ?? c.bureauCode);
    const photos: Buffer[] = [];
    for (const id of r.photoIds) {
      const b = await this.photo(m, id);
      if (b) photos.push(b);
    }
    const files = r.fileIds.length ? await m.findBy(CaseRecordFile, { id: In(r.fileIds) }) : [];
    const data = await renderInspectionRecord({
      bureauName,
      caseNo: caseNumber(c),
      productName: c.productName,
      record: this.data(r) as Omit<TInspectionInput, 'photoIds' | 'fileIds'>,
      photos,
      fileNames: files.map((f) => f.name),
    });
    return { name: `现场检查笔录-${caseNumber(c)}-${r.occurredOn}-${r.id}.docx`, data };
  }

  /**
   * The records for the e-dossier (电子案卷): every record as the bureau sees it (记录/案件记录.json),
   * each inspection's 现场检查笔录 as DOCX, and its photos and files under 附件/.
   */
  async dossierEntries(m: EntityManager, c: RecallCase): Promise<DossierEntry[]> {
    const rows = await m.find(CaseRecord, { where: { caseId: c.id }, order: { id: 'ASC' } });
    if (!rows.length) return [];
    const views = await this.views(m, c, rows, true);
    const entries: DossierEntry[] = [];
    const plain = views.map((v) => ({
      ...v,
      docxUrl: undefined,
      photos: v.photos.map((p) => p.id),
      files: v.files.map(({ url: _url, ...f }) => f),
    }));
    entries.push({ path: '记录/案件记录.json', data: JSON.stringify(plain, null, 2) });
    for (const [i, r] of rows.entries()) {
      const prefix = `记录${String(i + 1).padStart(2, '0')}-${CASE_RECORD_KINDS[r.kind]}`;
      if (r.kind === 'inspection') {
        const docx = await this.renderInspection(m, r);
        entries.push({ path: `记录/${String(i + 1).padStart(2, '0')}-${docx.name}`, data: docx.data });
      }
      for (const id of r.photoIds) {
        const b = await this.photo(m, id);
        if (b) entries.push({ path: `附件/${prefix}-照片-${id}.jpg`, data: b });
      }
      const files = r.fileIds.length ? await m.findBy(CaseRecordFile, { id: In(r.fileIds) }) : [];
      for (const f of files) {
        const data = await toBuffer(await this.photos.storage.read(f.storageKey));
        entries.push({ path: `附件/${prefix}-${f.id.slice(0, 8)}-${safeFileName(f.name)}`, data });
      }
    }
    return entries;
  }

  private async photo(m: EntityManager, id: string): Promise<Buffer | null> {
    const u = await m.findOneBy(Upload, { id });
    return u ? toBuffer(await this.photos.storage.read(u.storageKey)) : null;
  }
}
