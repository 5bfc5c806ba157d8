import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  clueShareDue,
  dueState,
  DUE_STATE_LABELS,
  getProvinceProfile,
  todayInShanghai,
  type ProvinceProfile,
  type TClueShareRequest,
  type TClueSharing,
  type WorkingCalendar,
} from '@recall/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Caller } from '../core/auth';
import { AuditService } from '../core/audit.service';
import { Clock } from '../core/clock.service';
import type { Env } from '../core/env';
import { badRequest, notFound } from '../core/errors';
import { commandTransaction } from '../core/tx';
import { WorkingCalendarService } from '../core/working-calendar.service';
import { Clue, ClueShare, ClueUnitReport, User } from '../db/entity';

/** A clue the sharing rule covers, with its last day: received by the province (it handles it). */
export interface ShareDue {
  clue: Clue;
  dueOn: string;
  shared: boolean;
}

/**
 * 线索共享 (辽 第八条): a clue the province bureau receives is shared with its internal units (and the
 * city bureau concerned) within the profile's working days of receipt. The province records each
 * sharing; the clue shows the last day and whether it was met, and 督办 and the reminders list the
 * clues still unshared. Only where the profile has `steps.clueSharing`.
 */
@Provide()
export class ClueSharingService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  @Inject()
  clock!: Clock;

  @Inject()
  calendar!: WorkingCalendarService;

  private get profile() {
    return getProvinceProfile(this.env.PROVINCE);
  }

  async view(_caller: Caller, clueId: number): Promise<TClueSharing> {
    const m = this.db.manager;
    const clue = await m.findOneBy(Clue, { id: clueId });
    if (!clue) throw notFound('没有找到这条线索', 'CLUE_NOT_FOUND');
    return this.render(m, clue, this.calendar.current());
  }

  async share(caller: Caller, clueId: number, body: TClueShareRequest): Promise<TClueSharing> {
    const rule = this.profile.steps.clueSharing;
    if (!rule) throw notFound('本省没有线索内部共享的程序', 'NO_CLUE_SHARING');
    await commandTransaction(this.db, async (m) => {
      const clue = await m.findOneBy(Clue, { id: clueId });
      if (!clue) throw notFound('没有找到这条线索', 'CLUE_NOT_FOUND');
      if (clue.bureauCode !== this.profile.provinceBureau.code)
        throw badRequest('这条线索不由省局办理，无需省局共享', [{ path: 'clueId', message: '不由省局办理' }]);
      const bad = body.units.findIndex((u) => !rule.units.some((x) => x.code === u));
      if (bad >= 0)
        throw badRequest('共享对象不是本省配置的处室、单位', [{ path: `units.${bad}`, message: '无效的共享对象' }]);
      const city = this.cityOf(clue);
      if (body.withCity && (!rule.withCity || !city))
        throw badRequest('这条线索没有可共享的市局', [{ path: 'withCity', message: '没有相关市局' }]);
      const due = this.dueOf(clue, await this.calendar.load(m));
      const today = this.clock.today();
      const recipients = [...new Set(body.units), ...(body.withCity && city ? [`city:${city}`] : [])];
      const row = await m.save(
        m.create(ClueShare, {
          clueId,
          recipients,
          note: body.note ?? null,
          dueOn: due,
          sharedOn: today,
          sharedBy: caller.userId,
        }),
      );
      await this.audit.record(m, {
        actorId: caller.userId,
        action: 'clue_share.recorded',
        entityType: 'clue_share',
        entityId: row.id,
        detail: { clueId, recipients, dueOn: due, late: today > due },
      });
    });
    return this.view(caller, clueId);
  }

  private async render(m: EntityManager, clue: Clue, cal: WorkingCalendar): Promise<TClueSharing> {
    const rule = this.profile.steps.clueSharing;
    const handled = clue.bureauCode === this.profile.provinceBureau.code;
    if (!rule || !handled)
      return {
        enabled: false,
        workingDays: null,
        dueOn: null,
        state: null,
        stateLabel: null,
        options: [],
        city: null,
        reported: null,
        shares: [],
      };
    const rows = await m.find(ClueShare, { where: { clueId: clue.id }, order: { id: 'ASC' } });
    const users = rows.length
      ? new Map((await m.findBy(User, { id: In(rows.map((r) => r.sharedBy)) })).map((u) => [u.id, u.displayName]))
      : new Map<number, string>();
    const dueOn = this.dueOf(clue, cal);
    const state = dueState(this.profile.workflow, dueOn, rows.length > 0, this.clock.today(), cal);
    const city = this.cityOf(clue);
    const report = await m.findOneBy(ClueUnitReport, { clueId: clue.id });
    const cityBureau = rule.withCity && city ? this.profile.cityBureaus.find((b) => b.code === city) : undefined;
    return {
      enabled: true,
      workingDays: rule.workingDays,
      dueOn,
      state,
      stateLabel: state === 'done' ? '已共享' : DUE_STATE_LABELS[state],
      options: rule.units.map((u) => ({ code: u.code, name: u.name })),
      city: cityBureau ? { code: cityBureau.code, name: cityBureau.name } : null,
      reported: report
        ? {
            unit: rule.units.find((u) => u.code === report.unitCode)?.name ?? report.unitCode,
            foundOn: report.foundOn,
            dueOn: report.dueOn,
            receivedOn: report.receivedOn,
            late: report.receivedOn > report.dueOn,
          }
        : null,
      shares: rows.map((r) => ({
        id: r.id,
        recipients: recipientNames(this.profile, r.recipients),
        note: r.note,
        sharedAt: new Date(r.createdAt).toISOString(),
        sharedBy: users.get(r.sharedBy) ?? '',
        late: r.sharedOn > r.dueOn,
      })),
    };
  }

  private dueOf(clue: Clue, cal: WorkingCalendar): string {
    return shareDueOf(this.profile, clue, cal);
  }

  /** The city bureau the clue concerns: the one it was copied to (routing.copyToCity), if any. */
  private cityOf(clue: Clue): string | null {
    return clue.copiedTo.find((code) => this.profile.cityBureaus.some((b) => b.code === code)) ?? null;
  }
}

/** The recipients of a sharing by name: the profile's units, and `city:<code>` as the city bureau. */
function recipientNames(p: ProvinceProfile, recipients: string[]): string[] {
  const units = p.steps.clueSharing?.units ?? [];
  return recipients.map((r) => {
    if (r.startsWith('city:')) return p.cityBureaus.find((b) => `city:${b.code}` === r)?.name ?? r;
    return units.find((u) => u.code === r)?.name ?? r;
  });
}

/** A sharing as the clue's staff timeline shows it. */
export const shareNote = (p: ProvinceProfile, s: ClueShare): string =>
  `已共享给${recipientNames(p, s.recipients).join('、')}${s.note ? `：${s.note}` : ''}`;

/** The last day: the profile's working days after the day the clue was received (Beijing time). */
function shareDueOf(p: ProvinceProfile, clue: Clue, cal: WorkingCalendar): string {
  return clueShareDue(p.steps, todayInShanghai(new Date(clue.createdAt)), cal)!.dueOn;
}

/** Open clues the province handles and has not shared yet, with their last day (督办, reminders). */
export async function unsharedClues(m: EntityManager, p: ProvinceProfile, cal: WorkingCalendar): Promise<ShareDue[]> {
  if (!p.steps.clueSharing) return [];
  const clues = await m.find(Clue, {
    where: { bureauCode: p.provinceBureau.code, status: In(['received', 'verifying']) },
    order: { id: 'ASC' },
  });
  if (!clues.length) return [];
  const shared = new Set(
    (await m.find(ClueShare, { select: ['clueId'], where: { clueId: In(clues.map((c) => c.id)) } })).map(
      (s) => s.clueId,
    ),
  );
  return clues
    .filter((c) => !shared.has(c.id))
    .map((clue) => ({ clue, dueOn: shareDueOf(p, clue, cal), shared: false }));
}

/**
 * 线索报送 (辽 第八条): a clue one of the province's units found, entered by the recall division with
 * the unit and the day it was found. Recorded with its last day (the profile's working days from
 * then) and whether it came late; 400 naming the field for a unit the profile does not list, a
 * caller who is not the province, or a day still to come.
 */
export async function recordUnitReport(
  m: EntityManager,
  p: ProvinceProfile,
  caller: Caller,
  clueId: number,
  input: { unit: string; foundOn: string; today: string; cal: WorkingCalendar },
): Promise<{ unit: string; foundOn: string; dueOn: string; late: boolean }> {
  const rule = p.steps.clueSharing;
  if (!rule) throw badRequest('本省没有线索报送的程序', [{ path: 'fromUnit', message: '本省没有此项' }]);
  if (caller.role !== 'province' && caller.role !== 'admin')
    throw badRequest(`本局处室、单位报送的线索由${p.provinceBureau.name}录入`, [
      { path: 'fromUnit', message: '只有省局录入' },
    ]);
  const unit = rule.units.find((u) => u.code === input.unit);
  if (!unit) throw badRequest('报送单位不是本省配置的处室、单位', [{ path: 'fromUnit', message: '无效的处室、单位' }]);
  if (input.foundOn > input.today)
    throw badRequest('发现日期不能晚于今天', [{ path: 'unitFoundOn', message: '不能晚于今天' }]);
  const dueOn = clueShareDue(p.steps, input.foundOn, input.cal)!.dueOn;
  await m.insert(ClueUnitReport, {
    clueId,
    unitCode: unit.code,
    foundOn: input.foundOn,
    dueOn,
    receivedOn: input.today,
    recordedBy: caller.userId,
  });
  return { unit: unit.name, foundOn: input.foundOn, dueOn, late: input.today > dueOn };
}
