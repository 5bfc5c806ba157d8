import { Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { RecallStatus, TRecallImportLine, TRecallImportResult, ZRecallImportLine } from '@recall/shared';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { commandTransaction } from '../core/tx';
import { ApiError, conflict, notFound } from '../core/errors';
import { ConsumerWarning, Counter, Recall, RecallRevision, RecallScope } from '../db/entity';
import { normalizeSearchText } from '@recall/shared';
import { NotifyService } from '../notify/notify.service';
import { AuditService } from '../core/audit.service';
import { RecallIndexService } from './recall-index.service';
import { enqueuePlatformPush } from '../platforms/platform-push';
import { COMPARED_FIELDS, fromImportLine, RecallLine, scopeRows, toPublic } from './recall-mapper';

const FIELD_LABELS: Record<(typeof COMPARED_FIELDS)[number], string> = {
  title: '标题',
  producerName: '生产者',
  producerUscc: '统一社会信用代码',
  productName: '产品名称',
  brand: '品牌',
  categoryCode: '类别',
  models: '型号规格',
  gtins: '商品条码',
  batches: '批次',
  productionFrom: '生产起始日期',
  productionTo: '生产截止日期',
  quantity: '数量',
  defect: '缺陷情况',
  consequence: '可能后果',
  remedy: '召回措施',
  remedyType: '补救方式',
  contactPhone: '咨询电话',
  remedyChannels: '召回途径',
  startDate: '召回开始日期',
  status: '召回状态',
  source: '来源',
  description: '产品描述',
  emergency: '应急处置方式',
  organization: '召回负责机构',
  photoIds: '外观照片',
  bureauName: '发布机构',
  bureauPhone: '监管部门联系电话',
};

/** Changes that can bring a recall to more followers: its fan-out runs again (dedupe spares the others). */
const SCOPE_FIELDS: ReadonlyArray<(typeof COMPARED_FIELDS)[number]> = ['brand', 'models', 'gtins', 'batches'];

export interface ImportOptions {
  actorId: number | null;
  demo?: boolean;
  /** Why a correction was made (a 消费提示's 更正原因), written before the fields it changed. */
  reason?: string;
}

/** Takes the next recall change sequence inside the writer's transaction (its row lock orders writers). */
export async function nextRecallSeq(m: EntityManager): Promise<number> {
  await m
    .createQueryBuilder()
    .update(Counter)
    .set({ value: () => '`value` + 1' })
    .where('name = :n', { n: 'recall' })
    .execute();
  return Number((await m.findOneByOrFail(Counter, { name: 'recall' })).value);
}

/** Field equality for re-imports: lists element by element, scalars as text (a number read as a string is the same). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  return String(a ?? '') === String(b ?? '');
}

/** Keeps the current version as a public revision, then applies `changes` as the next version. */
export async function revise(
  m: EntityManager,
  existing: Recall,
  note: string,
  actorId: number | null,
  changes: Partial<Recall>,
) {
  await m.insert(RecallRevision, {
    recallId: existing.id,
    version: existing.version,
    snapshot: toPublic(existing),
    note,
    actorId,
  });
  const seq = await nextRecallSeq(m);
  await m.update(Recall, existing.id, { ...changes, version: existing.version + 1, changeSeq: String(seq) });
}

async function insertScope(m: EntityManager, rows: ReturnType<typeof scopeRows>): Promise<void> {
  if (rows.length) await m.insert(RecallScope, rows);
}

/**
 * Recall import (`recalls:import` and the staff upload): one recall per JSON line, idempotent by
 * recallNo — a changed line updates the recall and keeps the previous version as a revision, an
 * identical line changes nothing. Each line is its own transaction; every rejected line is named.
 */
@Provide()
export class RecallImportService {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  audit!: AuditService;

  @Inject()
  indexer!: RecallIndexService;

  @Inject()
  notifier!: NotifyService;

  async importText(text: string, opts: ImportOptions): Promise<TRecallImportResult> {
    const result: TRecallImportResult = { imported: 0, updated: 0, unchanged: 0, rejected: [] };
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    for (const [i, raw] of lines.entries()) {
      if (!raw.trim()) continue;
      const parsed = this.parseLine(raw);
      if ('reason' in parsed) {
        result.rejected.push({ line: i + 1, reason: parsed.reason });
        continue;
      }
      try {
        result[await this.upsert(parsed.line, opts)]++;
      } catch (e) {
        const reason = lineRefusal(e);
        if (reason === undefined) throw e;
        result.rejected.push({ line: i + 1, reason });
      }
    }
    if (result.imported || result.updated) await this.indexer.refresh();
    return result;
  }

  private parseLine(raw: string): { line: TRecallImportLine } | { reason: string } {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return { reason: '不是有效的 JSON' };
    }
    const r = ZRecallImportLine.safeParse(json);
    if (r.success) return { line: r.data };
    return { reason: r.error.issues.map((i) => `${i.path.join('.') || '整行'}：${i.message}`).join('；') };
  }

  private upsert(line: TRecallImportLine, opts: ImportOptions): Promise<'imported' | 'updated' | 'unchanged'> {
    return commandTransaction(this.db, async (m) => (await this.upsertWith(m, line, opts)).outcome);
  }

  /** Inserts or revises one recall inside the caller's transaction (imports, and publication of a case). */
  async upsertWith(
    m: EntityManager,
    line: RecallLine,
    opts: ImportOptions,
    extra: Partial<Recall> = {},
  ): Promise<{ outcome: 'imported' | 'updated' | 'unchanged'; id: number }> {
    const values = { ...fromImportLine(line), ...extra };
    const existing = await m.findOneBy(Recall, { recallNo: line.recallNo });
    if (existing) assertSameOwner(existing, extra.caseId ?? null, values.kind ?? 'recall');
    if (!existing) {
      const seq = await nextRecallSeq(m);
      const row = await m.save(
        m.create(Recall, {
          publishedAt: new Date(), // a case's plan accepted now; imports carry their own date in `values`
          ...values,
          demo: !!opts.demo,
          changeSeq: String(seq),
          version: 1,
        }),
      );
      await insertScope(m, scopeRows(row.id, line));
      await this.audit.record(m, {
        actorId: opts.actorId,
        action: 'recall.imported',
        entityType: 'recall',
        entityId: row.id,
        to: line.status,
        detail: null,
      });
      // Followers and reporters of the product hear of it in the background (never in this request).
      if (!opts.demo) await this.notifier.enqueueRecallFanout(m, row.id);
      // E-commerce platforms subscribed to it receive it, also in the background.
      if (!opts.demo) await enqueuePlatformPush(m, row.id, 'published');
      // A producer's recall of a product a 消费提示 warned of replaces the warning (办法 第十九条).
      if (!opts.demo && row.kind === 'recall') await this.supersedeWarnings(m, row, opts.actorId);
      return { outcome: 'imported', id: row.id };
    }
    const changed = COMPARED_FIELDS.filter((f) => !sameValue(existing[f], values[f]));
    if (!changed.length) return { outcome: 'unchanged', id: existing.id };
    const fields = changed.map((f) => FIELD_LABELS[f]).join('、');
    const note = opts.reason ? `更正：${opts.reason}（${fields}）` : `更正：${fields}`;
    await revise(m, existing, note, opts.actorId, values);
    await m.delete(RecallScope, { recallId: existing.id });
    await insertScope(m, scopeRows(existing.id, line));
    await this.audit.record(m, {
      actorId: opts.actorId,
      action: 'recall.updated',
      entityType: 'recall',
      entityId: existing.id,
      from: existing.status,
      to: line.status,
      detail: { changed },
    });
    const widened = changed.some((f) => SCOPE_FIELDS.includes(f));
    if (!opts.demo && widened) await this.notifier.enqueueRecallFanout(m, existing.id);
    if (!opts.demo) await enqueuePlatformPush(m, existing.id, widened ? 'expanded' : 'corrected');
    return { outcome: 'updated', id: existing.id };
  }

  /**
   * Closes the 消费提示 a published recall replaces: each leaves the lookup with a public revision
   * naming the recall, and its record points at it.
   */
  private async supersedeWarnings(m: EntityManager, recall: Recall, actorId: number | null): Promise<void> {
    const open = await m.find(ConsumerWarning, { where: { status: 'published' } });
    for (const w of open) {
      const row = w.recallId ? await m.findOneBy(Recall, { id: w.recallId }) : null;
      if (!row || row.withdrawn || !recallCoversWarning(recall, row, w.caseId)) continue;
      await revise(m, row, `已由召回《${recall.title}》取代，请查看该召回`, actorId, { withdrawn: true });
      await enqueuePlatformPush(m, row.id, 'withdrawn');
      await m.update(ConsumerWarning, w.id, { status: 'superseded', supersededBy: recall.id });
      await this.audit.record(m, {
        actorId,
        action: 'warning.superseded',
        entityType: 'consumer_warning',
        entityId: w.id,
        from: 'published',
        to: 'superseded',
        detail: { recallId: recall.id },
      });
    }
  }

  /** A case's recall completed or recalled again: a new public version with the reason. */
  async changeStatus(m: EntityManager, id: number, status: RecallStatus, note: string, actorId: number): Promise<void> {
    const existing = await m.findOneByOrFail(Recall, { id });
    if (existing.status === status) return;
    await revise(m, existing, note, actorId, { status });
    await enqueuePlatformPush(m, id, status === 'completed' ? 'completed' : 'corrected');
    await this.audit.record(m, {
      actorId,
      action: 'recall.status',
      entityType: 'recall',
      entityId: id,
      from: existing.status,
      to: status,
      detail: { note },
    });
  }

  /**
   * Withdraws a recall published in error: it leaves public search and lookup, but its record,
   * its history and the reason stay (detail still answers, marked withdrawn).
   */
  async withdraw(id: number, reason: string, actorId: number): Promise<void> {
    await commandTransaction(this.db, (m) => this.withdrawWith(m, id, reason, actorId));
    await this.indexer.refresh();
  }

  /** The withdrawal inside the caller's transaction (a 消费提示 withdrawn with its own record). */
  async withdrawWith(m: EntityManager, id: number, reason: string, actorId: number): Promise<void> {
    const existing = await m.findOneBy(Recall, { id });
    if (!existing) throw notFound('没有找到这条召回信息', 'RECALL_NOT_FOUND');
    if (existing.withdrawn) throw conflict('这条召回已经撤回', 'ALREADY_WITHDRAWN');
    await revise(m, existing, `撤回：${reason}`, actorId, { withdrawn: true });
    await enqueuePlatformPush(m, id, 'withdrawn');
    await this.audit.record(m, {
      actorId,
      action: 'recall.withdrawn',
      entityType: 'recall',
      entityId: id,
      from: existing.status,
      to: 'withdrawn',
      detail: { reason },
    });
  }
}

/** Database errors caused by a line's data (too long, out of range, a duplicate): the line is refused, not the file. */
const DATA_ERRORS = new Set([
  'ER_DATA_TOO_LONG',
  'ER_WARN_DATA_OUT_OF_RANGE',
  'ER_TRUNCATED_WRONG_VALUE',
  'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD',
  'ER_DUP_ENTRY',
  'SQLITE_CONSTRAINT',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_TOOBIG',
]);

/**
 * Why one line was not written (its transaction rolled back whole), or undefined for a failure of
 * the database itself, which stops the import with a 500 as any request would.
 */
function lineRefusal(e: unknown): string | undefined {
  if (e instanceof ApiError && e.status < 500) return e.message;
  const code =
    e instanceof QueryFailedError
      ? (e as QueryFailedError & { driverError?: { code?: string } }).driverError?.code
      : undefined;
  if (code && DATA_ERRORS.has(code))
    return '这一行的数据超出了数据库能保存的范围（文字过长、数值过大或重复），整行未写入';
  return undefined;
}

/**
 * A recall published from a case belongs to that case and its producer: no import and no other
 * case's plan may revise it, whatever 召回编号 they carry (the number is an attribute, not a key
 * that moves a recall). Imported recalls stay revisable by imports, as before.
 */
function assertSameOwner(existing: Recall, caseId: number | null, kind: string): void {
  if ((existing.kind ?? 'recall') !== kind)
    throw conflict(`编号 ${existing.recallNo} 是市场监管部门发布的消费提示，不能被导入或召回计划修改`, 'RECALL_OWNED');
  if (existing.caseId === null || existing.caseId === caseId) return;
  throw conflict(
    `召回编号 ${existing.recallNo} 已由 ${existing.producerName} 的召回案件发布，不能被导入或其他案件的召回计划修改`,
    'RECALL_OWNED',
  );
}

const norm = (s: string | null | undefined) => (s ? normalizeSearchText(s) : '');
const overlaps = (a: string[], b: string[]) => a.some((x) => b.includes(x));

/**
 * Whether a newly published recall is of the product a 消费提示 warned of: the warning was issued on
 * the case the recall comes from; or they share a barcode; or the same brand and a model (or, when
 * neither lists models, the same product name).
 */
export function recallCoversWarning(recall: Recall, warning: Recall, warningCaseId: number | null): boolean {
  if (warningCaseId !== null && recall.caseId === warningCaseId) return true;
  if (overlaps(recall.gtins, warning.gtins)) return true;
  if (!norm(recall.brand) || norm(recall.brand) !== norm(warning.brand)) return false;
  const models = (xs: string[]) => xs.map(norm).filter(Boolean);
  if (recall.models.length || warning.models.length) return overlaps(models(recall.models), models(warning.models));
  return norm(recall.productName) === norm(warning.productName);
}
