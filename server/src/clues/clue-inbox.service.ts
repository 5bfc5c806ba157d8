import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  allowsFrom,
  clueStep,
  clueTransferRefusal,
  getProvinceProfile,
  TBureauClueListQuery,
  TBureauClueListResponse,
  TClueMergeRequest,
  TClueTransferRequest,
  TClueView,
  type ClueEffect,
  type ClueInboxAction,
  type ClueStep,
} from '@recall/shared';
import { Between, DataSource, EntityManager, In, IsNull, MoreThanOrEqual, Not } from 'typeorm';
import { commandTransaction } from '../core/tx';
import type { Caller } from '../core/auth';
import { badRequest, conflict, forbidden, notFound } from '../core/errors';
import { Bureau, Clue, ClueBureau } from '../db/entity';
import { AuditService } from '../core/audit.service';
import type { Env } from '../core/env';
import { ClueService } from './clue.service';

const DUPLICATE_WINDOW_DAYS = 90;

/** What a bureau sent with a step: its note, and the target of a transfer or a merge. */
interface StepInput {
  note?: string;
  toBureauCode?: string;
  intoClueId?: number;
}
/** The reporter's note for the step, and the clue's fields it changes besides the status. */
interface EffectOutcome {
  note: string;
  changes?: Partial<Clue>;
}
type Effect = (m: EntityManager, caller: Caller, clue: Clue, input: StepInput) => Promise<EffectOutcome>;

/** A bureau's clue inbox and its actions on clues (苏 2025 第九、十条): verify, merge, transfer, reject. */
@Provide()
export class ClueInboxService {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  clues!: ClueService;

  @Inject()
  audit!: AuditService;

  @Config('env')
  env!: Env;

  async list(caller: Caller, q: TBureauClueListQuery): Promise<TBureauClueListResponse> {
    const links = await this.db
      .getRepository(ClueBureau)
      .find({ where: { bureauCode: caller.org!, role: In(['handler', 'copied']) } });
    const byClue = new Map(links.map((l) => [l.clueId, l]));
    const where = {
      id: In([...byClue.keys()]),
      ...(q.status ? { status: q.status } : {}),
      ...(q.category ? { categoryCode: q.category } : {}),
      ...(q.injury ? { injury: q.injury } : {}),
      ...(q.from || q.to
        ? {
            createdAt: Between(
              new Date(`${q.from ?? '2000-01-01'}T00:00:00+08:00`),
              new Date(`${q.to ?? '2999-12-31'}T23:59:59+08:00`),
            ),
          }
        : {}),
    };
    const [rows, total] = byClue.size
      ? await this.db
          .getRepository(Clue)
          .findAndCount({ where, order: { id: 'DESC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize })
      : [[], 0];
    const items = await Promise.all(
      rows.map(async (c) => {
        const { timeline: _t, ...view } = await this.clues.render(c, 'masked', false);
        const link = byClue.get(c.id)!;
        return { ...view, unread: !link.readAt, copiedOnly: link.role === 'copied' };
      }),
    );
    return { items, total, unread: links.filter((l) => !l.readAt).length };
  }

  async markRead(caller: Caller, id: number): Promise<void> {
    const link = await this.db.getRepository(ClueBureau).findOneBy({ clueId: id, bureauCode: caller.org! });
    if (!link) throw notFound('没有找到这条线索', 'CLUE_NOT_FOUND');
    if (!link.readAt)
      await this.db.getRepository(ClueBureau).update({ clueId: id, bureauCode: caller.org! }, { readAt: new Date() });
  }

  /**
   * The clue and the bureau's link to it, if the clue table lets this bureau take `step` on it now:
   * 404 for a clue the bureau cannot see, 403 for one only copied to it, 409 for a closed one.
   */
  async mayTake(m: EntityManager, caller: Caller, id: number, step: ClueStep): Promise<Clue> {
    const clue = await m.findOneBy(Clue, { id });
    const link = clue && (await m.findOneBy(ClueBureau, { clueId: id, bureauCode: caller.org! }));
    if (!clue || !link) throw notFound('没有找到这条线索', 'CLUE_NOT_FOUND');
    if (!step.actors.includes(link.role as 'handler')) throw forbidden('这条线索只是抄送给本局，由承办局处理');
    if (!allowsFrom(step, clue.status)) throw conflict(`线索当前状态不能执行此操作`, 'INVALID_STATE');
    return clue;
  }

  /**
   * Takes an inbox step of the clue table, its effects by name, in one transaction with its event
   * and audit row. The step first claims the clue; of simultaneous steps exactly one applies.
   */
  private async take(caller: Caller, id: number, action: ClueInboxAction, input: StepInput): Promise<TClueView> {
    const step = clueStep(action);
    await commandTransaction(this.db, async (m) => {
      const clue = await this.mayTake(m, caller, id, step);
      const to = step.to === 'same' ? clue.status : step.to;
      await this.claim(m, clue, to);
      let outcome: EffectOutcome = { note: input.note ?? step.defaultNote ?? '' };
      for (const name of step.effects ?? []) outcome = await this.effects[name](m, caller, clue, input);
      if (outcome.changes) await m.update(Clue, clue.id, outcome.changes);
      await this.clues.recordStep(m, caller, clue, step, { ...outcome, by: caller.org!, to });
    });
    // The handler's answer shows the clue as the step left it, even a transfer that ends its access.
    return this.clues.render(await this.db.getRepository(Clue).findOneByOrFail({ id }), 'full');
  }

  /**
   * Moves the clue to `to` only if it is still in the status and at the bureau it was read in (a
   * guarded update, not read-then-write): a step that lost the race to another one is a 409 and
   * writes nothing.
   */
  async claim(m: EntityManager, clue: Clue, to: string): Promise<void> {
    const r = await m.update(Clue, { id: clue.id, status: clue.status, bureauCode: clue.bureauCode }, { status: to });
    if (!r.affected) throw conflict('线索刚被他人处理，当前状态不能执行此操作，请刷新后重试', 'INVALID_STATE');
  }

  /** The clue table's effects, one implementation each: what the reporter reads, and what changes besides the status. */
  private readonly effects: Record<ClueEffect, Effect> = {
    moveToBureau: async (m, _caller, clue, input) => {
      const to = await m.findOneBy(Bureau, { code: input.toBureauCode! });
      if (!to) throw badRequest('没有这个市场监管局', [{ path: 'toBureauCode', message: '未知的监管局' }]);
      if (to.code === clue.bureauCode)
        throw badRequest('不能移送给本局', [{ path: 'toBureauCode', message: '不能移送给本局' }]);
      const refused = clueTransferRefusal(getProvinceProfile(this.env.PROVINCE), to.level);
      if (refused) throw badRequest(refused, [{ path: 'toBureauCode', message: '不能移送市局办理' }]);
      const from = await m.findOneByOrFail(Bureau, { code: clue.bureauCode });
      await m.update(ClueBureau, { clueId: clue.id, bureauCode: clue.bureauCode }, { role: 'former' });
      await m.delete(ClueBureau, { clueId: clue.id, bureauCode: to.code });
      await m.insert(ClueBureau, { clueId: clue.id, bureauCode: to.code, role: 'handler', readAt: null });
      return { note: `${from.name}移送至${to.name}：${input.note}`, changes: { bureauCode: to.code } };
    },
    markMerged: async (m, caller, clue, input) => {
      const into = input.intoClueId!;
      if (into === clue.id) throw badRequest('不能合并到自身', [{ path: 'intoClueId', message: '不能合并到自身' }]);
      const target = await m.findOneBy(Clue, { id: into });
      const visible = target && (await m.findOneBy(ClueBureau, { clueId: target.id, bureauCode: caller.org! }));
      if (!target || !visible)
        throw badRequest('要合并到的线索不存在或不在本局', [{ path: 'intoClueId', message: '无效的线索' }]);
      if (target.status === 'merged')
        throw badRequest('不能合并到已被合并的线索', [{ path: 'intoClueId', message: '该线索已被合并' }]);
      const note = `与线索 ${target.receiptNo} 反映同一问题，合并处理${input.note ? `：${input.note}` : ''}`;
      return { note, changes: { mergedInto: target.id } };
    },
  };

  accept(caller: Caller, id: number, note?: string) {
    return this.take(caller, id, 'accept', { note });
  }

  reject(caller: Caller, id: number, reason: string) {
    return this.take(caller, id, 'reject', { note: reason });
  }

  transfer(caller: Caller, id: number, body: TClueTransferRequest) {
    return this.take(caller, id, 'transfer', { note: body.reason, toBureauCode: body.toBureauCode });
  }

  merge(caller: Caller, id: number, body: TClueMergeRequest) {
    return this.take(caller, id, 'merge', { note: body.note, intoClueId: body.intoClueId });
  }

  /** Possible duplicates: the same GTIN, or the same producer and model within 90 days. */
  async duplicates(caller: Caller, id: number) {
    const clue = await this.db.getRepository(Clue).findOneBy({ id });
    if (!clue || !(await this.clues.access(caller, clue))) throw notFound('没有找到这条线索', 'CLUE_NOT_FOUND');
    const visible = (await this.db.getRepository(ClueBureau).findBy({ bureauCode: caller.org! })).map((l) => l.clueId);
    const since = new Date(Date.now() - DUPLICATE_WINDOW_DAYS * 86400e3);
    const base = { id: In(visible.filter((v) => v !== id)), status: Not('merged'), mergedInto: IsNull() };
    const byGtin = clue.gtin ? await this.db.getRepository(Clue).findBy({ ...base, gtin: clue.gtin }) : [];
    const producer = clue.producerUscc
      ? { producerUscc: clue.producerUscc }
      : clue.producerName
        ? { producerName: clue.producerName }
        : null;
    const byModel =
      producer && clue.model
        ? await this.db
            .getRepository(Clue)
            .findBy({ ...base, ...producer, model: clue.model, createdAt: MoreThanOrEqual(since) })
        : [];
    const seen = new Set<number>();
    const items = [
      ...byGtin.map((c) => ({ c, why: `商品条码相同（${clue.gtin}）` })),
      ...byModel.map((c) => ({ c, why: `同一生产者、同一型号（${clue.model}），${DUPLICATE_WINDOW_DAYS} 天内` })),
    ].filter(({ c }) => !seen.has(c.id) && seen.add(c.id));
    return {
      items: items.map(({ c, why }) => ({
        id: c.id,
        receiptNo: c.receiptNo,
        productName: c.productName,
        brand: c.brand,
        model: c.model,
        createdAt: new Date(c.createdAt).toISOString(),
        why,
      })),
    };
  }
}
