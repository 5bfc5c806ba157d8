import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  CATEGORIES,
  maskName,
  maskPhone,
  type TExpertInput,
  type TExpertList,
  type TExpertListQuery,
  type TExpertRef,
  type TExpertView,
} from '@recall/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../core/audit.service';
import type { Caller } from '../core/auth';
import { decryptJson, encryptJson } from '../core/crypto';
import type { Env } from '../core/env';
import { badRequest, notFound } from '../core/errors';
import { commandTransaction } from '../core/tx';
import { Expert } from '../db/entity';

interface Personal {
  name: string;
  phone: string;
}

/** Who reads an expert's name and phone in full: the province that keeps the library, and admins. */
const seesInFull = (caller: Caller) => caller.role === 'province' || caller.role === 'admin';

/**
 * The expert library (专家库, 办法 第十二条; 辽 第二十条): the province enters and maintains experts;
 * bureaus and the technical institution read the active ones (names and phones masked) to choose
 * who takes part in a 技术会商. Every entry and change is audited without the personal data.
 */
@Provide()
export class ExpertService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  private get key(): Buffer {
    return Buffer.from(this.env.DATA_KEY, 'base64');
  }

  async list(caller: Caller, q: TExpertListQuery): Promise<TExpertList> {
    // Bureaus and the institution choose among the experts in the library now.
    const status = seesInFull(caller) ? q.status : 'active';
    const rows = await this.db.manager.find(Expert, {
      where: status === 'all' ? {} : { active: status === 'active' },
      order: { id: 'ASC' },
    });
    const keyword = q.keyword?.trim();
    const items = rows
      .filter((e) => !q.categoryCode || e.categoryCodes.includes(q.categoryCode))
      .filter((e) => !keyword || [e.organisation, e.title, e.specialty].some((t) => t.includes(keyword)))
      .map((e) => this.view(caller, e));
    return { items, total: items.length };
  }

  async create(caller: Caller, body: TExpertInput): Promise<TExpertView> {
    return commandTransaction(this.db, async (m) => {
      const e = await m.save(
        m.create(Expert, {
          personalEnc: encryptJson(this.key, { name: body.name, phone: body.phone } satisfies Personal),
          organisation: body.organisation,
          title: body.title,
          categoryCodes: body.categoryCodes,
          specialty: body.specialty,
          active: body.active,
          createdBy: caller.userId,
        }),
      );
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'expert.created',
        entityType: 'expert',
        entityId: e.id,
        to: e.active ? 'active' : 'inactive',
        detail: { categoryCodes: body.categoryCodes },
      });
      return this.view(caller, e);
    });
  }

  async update(caller: Caller, id: number, body: TExpertInput): Promise<TExpertView> {
    return commandTransaction(this.db, async (m) => {
      const e = await m.findOneBy(Expert, { id });
      if (!e) throw notFound('专家库中没有这位专家', 'EXPERT_NOT_FOUND');
      const before = { ...this.personal(e), ...e };
      const changed = (
        [
          ['name', before.name !== body.name],
          ['phone', before.phone !== body.phone],
          ['organisation', e.organisation !== body.organisation],
          ['title', e.title !== body.title],
          ['categoryCodes', e.categoryCodes.join() !== body.categoryCodes.join()],
          ['specialty', e.specialty !== body.specialty],
          ['active', e.active !== body.active],
        ] as const
      )
        .filter(([, diff]) => diff)
        .map(([field]) => field);
      const wasActive = e.active;
      Object.assign(e, {
        personalEnc: encryptJson(this.key, { name: body.name, phone: body.phone } satisfies Personal),
        organisation: body.organisation,
        title: body.title,
        categoryCodes: body.categoryCodes,
        specialty: body.specialty,
        active: body.active,
      });
      await m.save(e);
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'expert.updated',
        entityType: 'expert',
        entityId: e.id,
        from: wasActive ? 'active' : 'inactive',
        to: e.active ? 'active' : 'inactive',
        detail: { changed, active: e.active },
      });
      return this.view(caller, e);
    });
  }

  /**
   * The experts named on a request or a record must be in the library and active: a consultation
   * is held with experts the province keeps, not with ones it has taken out.
   */
  async checkActive(m: EntityManager, ids: number[], path: string): Promise<void> {
    const unique = [...new Set(ids)];
    if (!unique.length) return;
    const found = await m.countBy(Expert, { id: In(unique), active: true });
    if (found !== unique.length)
      throw badRequest('所选专家不在专家库中或已停用', [{ path, message: '所选专家不在专家库中或已停用' }]);
  }

  /** The experts as a request or a record names them, in the given order, masked for the caller. */
  async refs(m: EntityManager, caller: Caller, ids: number[]): Promise<TExpertRef[]> {
    if (!ids.length) return [];
    const rows = new Map((await m.findBy(Expert, { id: In([...new Set(ids)]) })).map((e) => [e.id, e]));
    return ids.flatMap((id) => {
      const e = rows.get(id);
      if (!e) return [];
      const { name } = this.personal(e);
      return [{ id, name: seesInFull(caller) ? name : maskName(name), organisation: e.organisation, title: e.title }];
    });
  }

  private personal(e: Expert): Personal {
    return decryptJson<Personal>(this.key, e.personalEnc);
  }

  private view(caller: Caller, e: Expert): TExpertView {
    const { name, phone } = this.personal(e);
    const full = seesInFull(caller);
    return {
      id: e.id,
      name: full ? name : maskName(name),
      phone: full ? phone : maskPhone(phone),
      masked: !full,
      organisation: e.organisation,
      title: e.title,
      categoryCodes: e.categoryCodes,
      categoryNames: e.categoryCodes.map((c) => CATEGORIES[c as keyof typeof CATEGORIES] ?? c),
      specialty: e.specialty,
      active: e.active,
      activeLabel: e.active ? '在库' : '已停用',
      updatedAt: new Date(e.updatedAt).toISOString(),
    };
  }
}
