import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { addWorkingDaysProvisional, DEADLINE_KINDS, deadlineStatus, getProvinceProfile } from '@recall/shared';
import { Brackets, DataSource, In, Not } from 'typeorm';
import { Bureau, RecallCase } from '../db/entity';
import { bureauStaff, LINKS, producerStaff } from '../notify/recipients';
import type { Env } from '../core/env';
import { NotifyService } from '../notify/notify.service';
import { jobTransaction } from '../core/tx';
import { AuditService } from '../core/audit.service';
import { WorkingCalendarService } from '../core/working-calendar.service';
import { CLOSED_STATES, recountDeadlines } from './deadline-recount';

const STAGE_SUMMARY = { label: '提交阶段性召回总结', party: 'producer' as const };

interface Due {
  kind: string;
  label: string;
  party: 'bureau' | 'producer';
  dueOn: string;
  provisional: boolean;
}

/**
 * Deadline reminders: a case whose deadline falls within the province's warning window
 * (workflow.deadlines.dueSoonWorkingDays) or has passed tells the party that owes it — the
 * producer's accounts, or the handling bureau's — once per deadline and state (dedupe key
 * `case:<id>:<kind>:<dueOn>:soon|overdue`). Runs from the notification loop, at most hourly.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class DeadlineReminder {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  notifier!: NotifyService;

  @Inject()
  calendar!: WorkingCalendarService;

  @Inject()
  audit!: AuditService;

  async runOnce(today: string): Promise<{ cases: number; reminders: number }> {
    const policy = getProvinceProfile(this.env.PROVINCE).workflow;
    const cal = await this.calendar.load();
    // Deadlines stored before this process saw a newly entered year are counted again first.
    await jobTransaction(this.db, (m) => recountDeadlines({ m, cal, policy, audit: this.audit, actorId: null }));
    const warnUntil = addWorkingDaysProvisional(today, policy.deadlines.dueSoonWorkingDays, cal).date;
    const cases = await this.db
      .getRepository(RecallCase)
      .createQueryBuilder('c')
      .where({ state: Not(In(CLOSED_STATES)) })
      .andWhere(
        new Brackets((w) =>
          w
            .where('c.dueKind IS NOT NULL AND c.dueOn IS NOT NULL AND c.dueOn <= :warnUntil', { warnUntil })
            .orWhere('c.stageDueOn IS NOT NULL AND c.stageDueOn <= :warnUntil', { warnUntil }),
        ),
      )
      .getMany();
    const provinceCode = getProvinceProfile(this.env.PROVINCE).provinceBureau.code;
    let reminders = 0;
    for (const c of cases) {
      const dues: Due[] = [];
      if (c.dueKind && c.dueOn)
        dues.push({ kind: c.dueKind, ...DEADLINE_KINDS[c.dueKind], dueOn: c.dueOn, provisional: !!c.dueProvisional });
      if (c.stageDueOn) dues.push({ kind: 'stage_summary', ...STAGE_SUMMARY, dueOn: c.stageDueOn, provisional: false });
      for (const d of dues) {
        const status = deadlineStatus(d.dueOn, today, policy, cal);
        // A provisional date is a weekends-only guess: nobody is told it has passed.
        if (status === 'ok' || (status === 'overdue' && d.provisional)) continue;
        const overdue = status === 'overdue';
        // The party that owes it; once a producer's deadline has passed, the bureau too (it may act: 第十二、十九条);
        // once a city bureau's has passed, the province, which oversees the cities (苏 第四条(三)).
        const audiences = audiencesOf(d.party, overdue, c.bureauCode === provinceCode);
        for (const audience of audiences) {
          const userIds =
            audience === 'producer'
              ? await producerStaff(this.db.manager, c.producerUscc)
              : await bureauStaff(this.db.manager, audience === 'province' ? provinceCode : c.bureauCode);
          if (!userIds.length) continue;
          const suffix = audience === d.party ? '' : `:${audience}`;
          const text = await this.words(c, d, audience, overdue);
          await jobTransaction(this.db, (m) =>
            this.notifier.notify(m, {
              userIds,
              kind: overdue ? 'deadline_overdue' : 'deadline_soon',
              dedupeKey: `case:${c.id}:${d.kind}:${d.dueOn}:${overdue ? 'overdue' : 'soon'}${suffix}`,
              ...text,
              link: audience === 'producer' ? LINKS.producerCase(c.id) : LINKS.bureauCase(c.id),
              vars: {
                label: d.label,
                dueOn: d.dueOn,
                productName: c.productName,
                status: overdue ? '已逾期' : '即将到期',
              },
            }),
          );
          reminders++;
        }
      }
    }
    return { cases: cases.length, reminders };
  }

  /** The message's title and body, as the one who reads it needs them. */
  private async words(c: RecallCase, d: Due, audience: string, overdue: boolean) {
    const what = `${c.producerName}「${c.productName}」案件：${d.label}的期限`;
    if (audience === 'province') {
      const bureau = (await this.db.manager.findOneBy(Bureau, { code: c.bureauCode }))?.name ?? c.bureauCode;
      return { title: `督办：${d.label}已逾期`, body: `${bureau}办理的${what}已于 ${d.dueOn} 届满，尚未办理。` };
    }
    if (overdue) return { title: `已逾期：${d.label}`, body: `${what}已于 ${d.dueOn} 届满，请尽快办理。` };
    const due = `${d.provisional ? '暂定 ' : ''}${d.dueOn}`;
    return { title: `期限将至：${d.label}`, body: `${what}至 ${due}，请按时办理。` };
  }
}

/** Who hears of a deadline: see runOnce. */
function audiencesOf(
  party: 'bureau' | 'producer',
  overdue: boolean,
  provinceHandles: boolean,
): Array<'bureau' | 'producer' | 'province'> {
  if (!overdue) return [party];
  if (party === 'producer') return ['producer', 'bureau'];
  return provinceHandles ? ['bureau'] : ['bureau', 'province'];
}
