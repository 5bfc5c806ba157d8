import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  regionFullName,
  regionName,
  getProvinceProfile,
  provinceAuthority,
  maskAddress,
  maskName,
  maskPhone,
  parseUscc,
  routeClue,
  TClueCreateRequest,
  TClueCreateResponse,
  TClueRecallLink,
  TClueView,
  TStaffClueCreateRequest,
  clueStep,
  todayInShanghai,
  ZAuditEvent,
  type ClueStep,
} from '@recall/shared';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { commandTransaction } from '../core/tx';
import type { Caller } from '../core/auth';
import { encryptJson } from '../core/crypto';
import { replayOf, requestHash } from '../core/idempotency';
import { badRequest, forbidden, notFound } from '../core/errors';
import {
  AuditLog,
  Bureau,
  Clue,
  ClueBureau,
  ClueCrossProvince,
  ClueForeignRecall,
  Producer,
  Recall,
  RecallCase,
  Upload,
  ClueShare,
} from '../db/entity';
import type { Env } from '../core/env';
import { AuditService } from '../core/audit.service';
import { ClueTimelineEvents, ContactMode, toClueView } from './clue-view';
import { commissionEvents } from '../province-steps/commission-events';
import { recordUnitReport, shareNote } from '../province-steps/clue-sharing.service';
import { Clock } from '../core/clock.service';
import { WorkingCalendarService } from '../core/working-calendar.service';
import { ContentCheckService } from '../uploads/content-check.service';
import { PhotoService } from '../uploads/photo.service';
import { RateLimiter } from '../core/rate-limiter';
import { ClueTriggers } from './clue.triggers';
import { RecallQueryService } from '../recalls/recall-query.service';
import { technicalEvents } from './technical-events';

/** What a bureau's step records: the reporter's note, the bureau that took it, the clue's new status and other changes. */
export interface RecordedStep {
  note: string;
  by: string;
  to: string;
  changes?: Partial<Clue>;
}

/** A consumer's report, or a staff entry (another source, contact optional). */
type NewClue = TClueCreateRequest | TStaffClueCreateRequest;
/** A clue made from another record (a producer's incident report): its source, and what is idempotent. */
export interface ClueOrigin {
  /** What the Idempotency-Key is checked against (the request as sent), when not the clue's fields. */
  request?: unknown;
  /** Writes the record's own row in the clue's transaction, before the bureaus are told. */
  attach?: (m: EntityManager, clue: Clue) => Promise<void>;
}
type NewClueFrom = NewClue | (Omit<TStaffClueCreateRequest, 'source'> & { source: 'producerIncident' });

/**
 * How the clue arrived: the app a consumer used (when it says), a staff entry, another province's
 * transfer, or a producer's incident report from its workspace.
 */
function channelOf(body: NewClueFrom, staff: boolean): string {
  const source = 'source' in body ? body.source : undefined;
  if (source === 'producerIncident' || source === 'otherProvince') return source;
  if (staff) return 'staff';
  return ('channel' in body ? body.channel : undefined) ?? 'consumer';
}

/**
 * Clues (缺陷线索): submitted by consumers or entered by staff, routed by the province profile,
 * contact data encrypted, every step one audit event the reporter's timeline is read from.
 */
@Provide()
export class ClueService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  @Inject()
  photos!: PhotoService;

  @Inject()
  limiter!: RateLimiter;

  @Inject()
  checks!: ContentCheckService;

  @Inject()
  triggers!: ClueTriggers;

  @Inject()
  recalls!: RecallQueryService;

  @Inject()
  clock!: Clock;

  @Inject()
  calendar!: WorkingCalendarService;

  private get key(): Buffer {
    return Buffer.from(this.env.DATA_KEY, 'base64');
  }

  /**
   * Idempotent by (reporter, Idempotency-Key): the same key with the same report answers with the
   * same clue; the same key with a different report is a 422 (see replayOf).
   */
  async create(caller: Caller, body: NewClue, idempotencyKey?: string): Promise<TClueCreateResponse> {
    return this.created(await this.createClue(caller, body, idempotencyKey));
  }

  /** The clue, new or the one the key already made (the same key with another request: 422). */
  async createClue(caller: Caller, body: NewClueFrom, idempotencyKey?: string, origin: ClueOrigin = {}): Promise<Clue> {
    const staff = caller.role !== 'consumer';
    const hash = requestHash(origin.request ?? body);
    if (idempotencyKey) {
      const existing = await this.byKey(caller.userId, idempotencyKey, staff);
      if (existing) return replayOf(existing, hash);
    }
    if (!staff) await this.limiter.take(`clue:${caller.userId}`);
    if ('source' in body && body.source === 'otherProvince') this.mayReceiveFromProvince(caller, body);
    const text = [body.productName, body.brand, body.model, body.description].filter(Boolean).join('\n');
    const contentFlags = staff ? [] : await this.checks.checkText(caller.userId, text);
    try {
      const clue = await commandTransaction(this.db, (m) =>
        this.insert(m, caller, body, { key: idempotencyKey, hash }, staff, contentFlags, origin),
      );
      if (!staff) await this.checks.submitPhotos(caller.userId, body.photoIds);
      return clue;
    } catch (e) {
      // Two submissions with one key racing: the unique index lets one in; answer the other with it.
      if (idempotencyKey && e instanceof QueryFailedError) {
        const existing = await this.byKey(caller.userId, idempotencyKey, staff);
        if (existing) return replayOf(existing, hash);
      }
      throw e;
    }
  }

  /**
   * Clues from another province (外省移送) reach the province (苏 第四条(二)): only its staff (and admins)
   * enter them, naming a province other than this one.
   */
  private mayReceiveFromProvince(caller: Caller, body: TStaffClueCreateRequest): void {
    const profile = getProvinceProfile(this.env.PROVINCE);
    if (caller.role !== 'province' && caller.role !== 'admin')
      throw forbidden(`外省移送的线索由${profile.provinceBureau.name}录入`);
    const code = body.fromProvinceCode!;
    if (!regionName(code))
      throw badRequest('移送线索的省份不存在', [{ path: 'fromProvinceCode', message: '不是有效的省级行政区划代码' }]);
    if (code === profile.regionCode)
      throw badRequest('移送线索的省份不能是本省', [{ path: 'fromProvinceCode', message: '应为其他省份' }]);
  }

  /** 线索报送 (辽 第八条): the province's unit that found the clue, the day, and whether it came in time. */
  private async unitReport(m: EntityManager, caller: Caller, clueId: number, unit: string, foundOn: string) {
    const profile = getProvinceProfile(this.env.PROVINCE);
    const today = this.clock.today();
    const detail = await recordUnitReport(m, profile, caller, clueId, {
      unit,
      foundOn,
      today,
      cal: await this.calendar.load(m),
    });
    await this.audit.record(m, {
      actorId: caller.userId,
      action: 'clue_unit_report.recorded',
      entityType: 'clue_unit_report',
      entityId: clueId,
      detail,
    });
  }

  private byKey(userId: number, key: string, staff: boolean) {
    return this.db
      .getRepository(Clue)
      .findOneBy(staff ? { enteredBy: userId, idempotencyKey: key } : { reporterId: userId, idempotencyKey: key });
  }

  async created(c: Clue): Promise<TClueCreateResponse> {
    const [names, recalls] = await Promise.all([this.bureauNames(), this.recallLinks(c)]);
    return {
      recalls,
      id: c.id,
      receiptNo: c.receiptNo,
      status: c.status,
      routing: {
        bureauCode: c.bureauCode,
        bureauName: names.get(c.bureauCode) ?? c.bureauCode,
        reason: c.routingReason,
        copiedTo: c.copiedTo,
        copiedToNames: c.copiedTo.map((code) => names.get(code) ?? code),
      },
    };
  }

  private async insert(
    m: EntityManager,
    caller: Caller,
    body: NewClueFrom,
    idem: { key?: string; hash: string },
    staff: boolean,
    contentFlags: string[],
    origin: ClueOrigin,
  ): Promise<Clue> {
    const photos = await this.ownPhotos(m, caller.userId, body.photoIds);
    const profile = getProvinceProfile(this.env.PROVINCE);
    const registryUscc = await this.registryUscc(m, body);
    const recallIds = this.recalls.coveringRecalls(body);
    // A recall covering the product names its producer: routing uses it when the report named none.
    const recallUscc = recallIds.length
      ? ((await m.findOne(Recall, { select: ['producerUscc'], where: { id: recallIds[0] } }))?.producerUscc ??
        undefined)
      : undefined;
    const routing = routeClue({ ...body, registryUscc, recallUscc, fire: !!body.fire }, profile, regionFullName);
    const contact = body.contact;
    const clue = await m.save(
      m.create(Clue, {
        receiptNo: `pending-${idem.key ?? Math.random()}`.slice(0, 32),
        reporterId: staff ? null : caller.userId,
        enteredBy: staff ? caller.userId : null,
        source: 'source' in body ? body.source : 'consumer',
        channel: channelOf(body, staff),
        shareConsent: !!body.shareConsent,
        status: 'received',
        categoryCode: body.categoryCode,
        productName: body.productName,
        brand: body.brand ?? '',
        model: body.model ?? null,
        batch: body.batch ?? null,
        productionDate: body.productionDate ?? null,
        gtin: body.gtin ?? null,
        producerName: body.producerName ?? null,
        producerUscc: body.producerUscc ?? null,
        description: body.description,
        injury: body.injury,
        fire: !!body.fire,
        regionCode: body.regionCode,
        purchaseChannel: body.purchaseChannel ?? null,
        contactEnc: contact ? encryptJson(this.key, contact) : null,
        contactMasked: contact
          ? {
              name: maskName(contact.name),
              phone: maskPhone(contact.phone),
              address: contact.address ? maskAddress(contact.address) : '',
            }
          : null,
        bureauCode: routing.bureauCode,
        routingReason: routing.reason,
        copiedTo: routing.copiedTo,
        flags: [...routing.flags, ...contentFlags],
        recallIds: recallIds.length ? recallIds : null,
        mergedInto: null,
        idempotencyKey: idem.key ?? null,
        idempotencyHash: idem.key ? idem.hash : null,
      }),
    );
    const day = todayInShanghai().replace(/-/g, '');
    clue.receiptNo = `XS${day}${String(clue.id).padStart(6, '0')}`;
    await m.update(Clue, clue.id, { receiptNo: clue.receiptNo });
    await m.insert(ClueBureau, [
      { clueId: clue.id, bureauCode: routing.bureauCode, role: 'handler', readAt: null },
      ...routing.copiedTo.map((code) => ({ clueId: clue.id, bureauCode: code, role: 'copied', readAt: null })),
    ]);
    if (photos.length) await m.update(Upload, { id: In(photos.map((p) => p.id)) }, { clueId: clue.id });
    if (origin.attach) await origin.attach(m, clue);
    const fromProvince = 'fromProvinceCode' in body ? body.fromProvinceCode : undefined;
    if (fromProvince)
      await m.insert(ClueCrossProvince, {
        clueId: clue.id,
        direction: 'in',
        provinceCode: fromProvince,
        authority: provinceAuthority(regionName(fromProvince)!),
        contact: null,
        reference: ('fromReference' in body ? body.fromReference : undefined) ?? null,
        note: null,
        contactShared: false,
        actorId: caller.userId,
      });
    // One event: the timeline reads 已提交, 已分派 and 已抄送 from it.
    const eventId = await this.audit.record(m, {
      actorId: caller.userId,
      action: 'clue.created',
      entityType: 'clue',
      entityId: clue.id,
      to: 'received',
      detail: {
        bureau: routing.bureauCode,
        copiedTo: routing.copiedTo,
        source: clue.source,
        // 苏 第六条: a county bureau collects clues of its county; the clue records that it entered it.
        ...(caller.role === 'county' ? { county: caller.org } : {}),
        ...(fromProvince ? { fromProvince } : {}),
      },
    });
    if ('fromUnit' in body && body.fromUnit)
      await this.unitReport(m, caller, clue.id, body.fromUnit, body.unitFoundOn!);
    const names = await this.bureauNames(m);
    const base = { clueId: clue.id, ref: `step:${eventId}` };
    await this.triggers.onEvent(m, { ...base, type: 'routed', bureauCode: routing.bureauCode, note: routing.reason });
    for (const code of routing.copiedTo)
      await this.triggers.onEvent(m, {
        ...base,
        type: 'copied',
        bureauCode: code,
        note: `已同时告知${names.get(code) ?? code}`,
      });
    return clue;
  }

  /** The clue's matched recalls as the reporter and the bureau see them; withdrawn ones are left out. */
  async recallLinks(c: Clue): Promise<TClueRecallLink[]> {
    if (!c.recallIds?.length) return [];
    const rows = await this.db.getRepository(Recall).findBy({ id: In(c.recallIds), withdrawn: false });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return c.recallIds.flatMap((id) => {
      const r = byId.get(id);
      return r
        ? [
            {
              id: r.id,
              recallNo: r.recallNo,
              title: r.title,
              remedy: r.remedy,
              contactPhone: r.contactPhone,
              remedyChannels: r.remedyChannels,
            },
          ]
        : [];
    });
  }

  /** Photos must be the caller's own uploads, not yet attached to another clue. */
  private async ownPhotos(m: EntityManager, userId: number, ids: string[]): Promise<Upload[]> {
    if (!ids.length) return [];
    const unique = [...new Set(ids)];
    const found = await m.findBy(Upload, { id: In(unique), ownerId: userId });
    const bad = unique.filter((id) => !found.some((f) => f.id === id && f.clueId === null));
    if (bad.length) {
      throw badRequest(
        '照片不存在、不是你上传的或已用于其他报告',
        bad.map((id) => ({ path: `photoIds.${ids.indexOf(id)}`, message: '无效的照片' })),
        'PHOTO_INVALID',
      );
    }
    return found;
  }

  /** Rule 3: a producer known only by name is looked up in the producer registry. */
  private async registryUscc(m: EntityManager, body: NewClueFrom): Promise<string | undefined> {
    if ((body.producerUscc && parseUscc(body.producerUscc).valid) || !body.producerName) return undefined;
    return (await m.findOneBy(Producer, { name: body.producerName.trim() }))?.uscc;
  }

  /**
   * Records a bureau's step on a clue once, as its audit event (the clue's timeline is read from
   * it), and tells the reporter and the bureaus that must know. `by`: the bureau that took it.
   */
  async recordStep(m: EntityManager, caller: Caller, clue: Clue, step: ClueStep, s: RecordedStep): Promise<void> {
    const { note, by, to, changes = {} } = s;
    // The payload depends on the step's effects: checked against the event's shape as it is written.
    const event = ZAuditEvent.parse({
      action: `clue.${step.event}`,
      entityType: 'clue',
      detail: { note, ...changes, by },
    });
    const eventId = await this.audit.record(m, {
      ...event,
      actorId: caller.userId,
      entityId: clue.id,
      from: clue.status,
      to,
    });
    await this.triggers.onEvent(m, { clueId: clue.id, ref: `step:${eventId}`, type: step.event, bureauCode: by, note });
  }

  /**
   * 立案 from a clue is recorded once, as the case's `open` event (the clue's timeline reads it from
   * there): the reporter only hears of it.
   */
  async tellCaseOpened(m: EntityManager, clueId: number, caseId: number, bureauCode: string): Promise<void> {
    const { event, defaultNote } = clueStep('open_case');
    await this.triggers.onEvent(m, { clueId, ref: `case:${caseId}`, type: event, bureauCode, note: defaultNote! });
  }

  async bureauNames(m: EntityManager = this.db.manager): Promise<Map<string, string>> {
    return new Map((await m.find(Bureau)).map((b) => [b.code, b.name]));
  }

  /** The clue's audit events and the `open` events of cases opened from it, in the order they happened. */
  private async timelineEvents(clue: Clue): Promise<ClueTimelineEvents> {
    const opened = await this.db
      .getRepository(RecallCase)
      .find({ select: ['id', 'bureauCode'], where: { clueId: clue.id } });
    const cases = new Map(opened.map((c) => [String(c.id), c.bureauCode]));
    const rows = await this.db.getRepository(AuditLog).find({
      where: [
        { entityType: 'clue', entityId: String(clue.id) },
        ...(cases.size ? [{ entityType: 'case', entityId: In([...cases.keys()]), action: 'case.open' }] : []),
      ],
      order: { id: 'ASC' },
    });
    return { rows, cases };
  }

  /** Who may see a clue, and how much of the contact: reporter and handler in full, copied masked. */
  async access(caller: Caller, clue: Clue): Promise<ContactMode | undefined> {
    if (caller.role === 'consumer') return clue.reporterId === caller.userId ? 'full' : undefined;
    if ((caller.role === 'bureau' || caller.role === 'province') && caller.org) {
      const link = await this.db.getRepository(ClueBureau).findOneBy({ clueId: clue.id, bureauCode: caller.org });
      // The province oversees every clue of the province (督办's drill-down): it reads, masked, what it does not handle.
      if ((!link || link.role === 'former') && caller.role === 'province') return 'masked';
      // A bureau that transferred the clue away ('former') no longer sees it.
      if (!link || link.role === 'former') return undefined;
      return link.role === 'handler' ? 'full' : 'masked';
    }
    return undefined;
  }

  async view(caller: Caller, id: number): Promise<TClueView> {
    const clue = await this.db.getRepository(Clue).findOneBy({ id });
    const mode = clue && (await this.access(caller, clue));
    if (!clue || !mode) throw notFound('没有找到这条线索', 'CLUE_NOT_FOUND');
    return this.render(clue, mode, true, caller.role !== 'consumer');
  }

  /** Staff see a photo only once WeChat's image check (when on) has not held it back. */
  async render(clue: Clue, mode: ContactMode, withEvents = true, staffViewer = true): Promise<TClueView> {
    const [events, allPhotos, names, recalls, crossings, foreign] = await Promise.all([
      withEvents ? this.timelineEvents(clue) : Promise.resolve({ rows: [], cases: new Map() }),
      this.db.getRepository(Upload).find({ where: { clueId: clue.id }, order: { createdAt: 'ASC' } }),
      this.bureauNames(),
      this.recallLinks(clue),
      this.db.getRepository(ClueCrossProvince).find({ where: { clueId: clue.id }, order: { id: 'ASC' } }),
      clue.source === 'foreignRecall'
        ? this.db.getRepository(ClueForeignRecall).findOneBy({ clueId: clue.id })
        : Promise.resolve(null),
    ]);
    const photos = staffViewer ? allPhotos.filter((p) => !['pending', 'risky'].includes(p.review)) : allPhotos;
    const view = toClueView(clue, {
      key: this.key,
      contact: mode,
      events,
      photos,
      link: (pid, size) => this.photos.link(pid, size),
      bureauNames: names,
      recalls,
      // The latest crossing tells where the clue is: passed out, or received.
      crossing: crossings[crossings.length - 1] ?? null,
      foreign,
    });
    if (!withEvents || !staffViewer) return view;
    // Staff also see what was asked of the technical institution and its answers (技术会商); the reporter does not.
    const technical = await technicalEvents(
      this.db.manager,
      { clueId: clue.id },
      getProvinceProfile(this.env.PROVINCE),
    );
    // And the province's commissions to verify it with the feedback, and its internal sharing (辽 第八、九条).
    const profile = getProvinceProfile(this.env.PROVINCE);
    const commissions = await commissionEvents(this.db.manager, 'clue', clue.id, profile);
    const shares = await this.db.getRepository(ClueShare).find({ where: { clueId: clue.id }, order: { id: 'ASC' } });
    if (!technical.length && !commissions.length && !shares.length) return view;
    const entries = [
      ...technical.map((e) => ({
        at: e.at,
        type: e.action === 'technical.requested' ? ('technical_requested' as const) : ('technical_answered' as const),
        bureauName: e.org,
        note: e.note,
      })),
      ...commissions.map((e) => ({ at: e.at, type: e.action, bureauName: e.org, note: `${e.label}：${e.note}` })),
      ...shares.map((s) => ({
        at: new Date(s.createdAt).toISOString(),
        type: 'shared' as const,
        bureauName: profile.provinceBureau.name,
        note: shareNote(profile, s),
      })),
    ];
    return { ...view, timeline: [...view.timeline, ...entries].sort((a, b) => a.at.localeCompare(b.at)) };
  }

  async mine(caller: Caller) {
    const clues = await this.db
      .getRepository(Clue)
      .find({ where: { reporterId: caller.userId }, order: { id: 'DESC' }, take: 100 });
    return { items: await Promise.all(clues.map((c) => this.render(c, 'full', true, false))), total: clues.length };
  }
}
