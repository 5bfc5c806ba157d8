import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import type {
  TPlatformCreate,
  TPlatformUpdate,
  TPlatformView,
  TPlatformSubscription,
  TPlatformRecord,
} from '@recall/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../core/audit.service';
import type { Caller } from '../core/auth';
import { decryptJson, encryptJson } from '../core/crypto';
import type { Env } from '../core/env';
import { notFound } from '../core/errors';
import { commandTransaction } from '../core/tx';
import { Platform, PlatformDelivery } from '../db/entity';
import { periodBounds } from './platform-record';
import { hashApiKey, newApiKey, newWebhookSecret } from './platform-keys';
import { PlatformStatusService, tallyOf } from './platform-status.service';

type Contact = { name: string; phone: string; email: string | null };

/**
 * The registry of e-commerce platforms, kept by the province or an admin: registration, changes
 * and new credentials, each audited. The API key and the webhook secret are returned once, when
 * made; the key is kept only as a hash, the secret and the contacts encrypted.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class PlatformService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  @Inject()
  status!: PlatformStatusService;

  private get key(): Buffer {
    return Buffer.from(this.env.DATA_KEY, 'base64');
  }

  /** The signing secret of a platform (for the webhook dispatcher). */
  secretOf(p: Pick<Platform, 'secretEnc'>): string {
    return decryptJson<string>(this.key, p.secretEnc);
  }

  async register(caller: Caller, body: TPlatformCreate) {
    const apiKey = newApiKey();
    const webhookSecret = newWebhookSecret();
    const platform = await commandTransaction(this.db, async (m) => {
      const row = await m.save(
        m.create(Platform, {
          name: body.name,
          uscc: body.uscc ? body.uscc.toUpperCase() : null,
          contactsEnc: this.encryptContacts(body.contacts),
          webhookUrl: body.webhookUrl ?? null,
          subscription: body.subscription,
          apiKeyHash: hashApiKey(apiKey),
          secretEnc: encryptJson(this.key, webhookSecret),
          disabled: false,
          createdBy: caller.userId,
        }),
      );
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'platform.registered',
        entityType: 'platform',
        entityId: row.id,
        to: 'active',
        detail: { name: row.name, webhook: !!row.webhookUrl },
      });
      return row;
    });
    return { platform: await this.view(platform.id), credentials: { apiKey, webhookSecret } };
  }

  async update(caller: Caller, id: number, body: TPlatformUpdate): Promise<TPlatformView> {
    await commandTransaction(this.db, async (m) => {
      const p = await this.find(m, id);
      const changes: Partial<Platform> = {};
      if (body.contacts) changes.contactsEnc = this.encryptContacts(body.contacts);
      if (body.webhookUrl !== undefined) changes.webhookUrl = body.webhookUrl;
      if (body.subscription) changes.subscription = body.subscription;
      if (body.disabled !== undefined) changes.disabled = body.disabled;
      const changed = Object.keys(body).filter((k) => body[k as keyof TPlatformUpdate] !== undefined);
      if (!changed.length) return;
      await m.update(Platform, id, changes);
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'platform.updated',
        entityType: 'platform',
        entityId: id,
        from: p.disabled ? 'disabled' : 'active',
        to: (body.disabled ?? p.disabled) ? 'disabled' : 'active',
        detail: { changed, disabled: body.disabled ?? p.disabled },
      });
    });
    return this.view(id);
  }

  /** New API key and secret: the old key is refused from the next request on. */
  async renew(caller: Caller, id: number) {
    const apiKey = newApiKey();
    const webhookSecret = newWebhookSecret();
    await commandTransaction(this.db, async (m) => {
      await this.find(m, id);
      await m.update(Platform, id, {
        apiKeyHash: hashApiKey(apiKey),
        secretEnc: encryptJson(this.key, webhookSecret),
      });
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'platform.credentials_renewed',
        entityType: 'platform',
        entityId: id,
        detail: null,
      });
    });
    return { apiKey, webhookSecret };
  }

  async list(): Promise<{ items: TPlatformView[] }> {
    const rows = await this.db.getRepository(Platform).find({ order: { id: 'ASC' } });
    return { items: await this.views(rows) };
  }

  async view(id: number): Promise<TPlatformView> {
    return (await this.views([await this.find(this.db.manager, id)]))[0];
  }

  /** Each platform's tally over recalls first pushed in the period. */
  async record(q: { from: string; to: string }): Promise<TPlatformRecord> {
    const { start, end } = periodBounds(q.from, q.to);
    const [platforms, statuses] = await Promise.all([
      this.db.getRepository(Platform).find({ select: ['id', 'name'], order: { id: 'ASC' } }),
      this.status.list({ pushedFrom: start, pushedBefore: end }),
    ]);
    return {
      from: q.from,
      to: q.to,
      items: platforms.map((p) => ({
        platform: { id: p.id, name: p.name },
        tally: tallyOf(statuses.filter((s) => s.platform.id === p.id)),
      })),
    };
  }

  private async find(m: EntityManager, id: number): Promise<Platform> {
    const p = await m.findOneBy(Platform, { id });
    if (!p) throw notFound('没有找到这个电商平台', 'PLATFORM_NOT_FOUND');
    return p;
  }

  private async views(rows: Platform[]): Promise<TPlatformView[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const statuses = rows.length === 1 ? await this.status.list({ platformId: ids[0] }) : await this.status.list({});
    const last = await this.lastAttempts(ids);
    return rows.map((p) => ({
      id: p.id,
      name: p.name,
      uscc: p.uscc,
      contacts: decryptJson<Contact[]>(this.key, p.contactsEnc),
      webhookUrl: p.webhookUrl,
      subscription: p.subscription as TPlatformSubscription,
      disabled: !!p.disabled,
      lastDelivery: last.get(p.id) ?? null,
      tally: tallyOf(statuses.filter((s) => s.platform.id === p.id)),
      createdAt: new Date(p.createdAt).toISOString(),
    }));
  }

  /** Each platform's latest webhook attempt. */
  private async lastAttempts(ids: number[]) {
    const rows = await this.db
      .getRepository(PlatformDelivery)
      .createQueryBuilder('d')
      .select(['d.platformId', 'd.lastAttemptAt', 'd.lastStatus', 'd.webhookState'])
      .where({ platformId: In(ids) })
      .andWhere('d.lastAttemptAt IS NOT NULL')
      .orderBy('d.lastAttemptAt', 'DESC')
      .getMany();
    const out = new Map<number, { at: string; ok: boolean; status: string }>();
    for (const d of rows) {
      if (out.has(d.platformId)) continue;
      out.set(d.platformId, {
        at: new Date(d.lastAttemptAt!).toISOString(),
        ok: d.webhookState === 'delivered',
        status: d.lastStatus ?? '',
      });
    }
    return out;
  }

  private encryptContacts(contacts: TPlatformCreate['contacts']): string {
    return encryptJson(
      this.key,
      contacts.map((c) => ({ name: c.name, phone: c.phone, email: c.email ?? null })),
    );
  }
}
