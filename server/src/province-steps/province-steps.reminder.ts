import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { COMMISSION_PURPOSES, deadlineStatus, getProvinceProfile, type DeadlineStatus } from '@recall/shared';
import { DataSource, IsNull } from 'typeorm';
import type { Env } from '../core/env';
import { jobTransaction } from '../core/tx';
import { WorkingCalendarService } from '../core/working-calendar.service';
import { Commission } from '../db/entity';
import { NotifyService } from '../notify/notify.service';
import { bureauStaff, LINKS } from '../notify/recipients';
import { unsharedClues } from './clue-sharing.service';
import { bureauNames } from './commission-events';
import { commissionedStaff, commissionLink } from './links';

/**
 * Reminders of a province's own steps, beside the case deadlines (DeadlineReminder), once per due
 * day and state: a commission's feedback due soon or passed tells the commissioned bureau, and once
 * passed the province too (辽 第十七条 及时反馈); a clue the province has not shared by its day tells
 * the province's staff (辽 第八条). Nothing where the profile has neither step.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class ProvinceStepsReminder {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  notifier!: NotifyService;

  @Inject()
  calendar!: WorkingCalendarService;

  async runOnce(today: string): Promise<{ reminders: number }> {
    const profile = getProvinceProfile(this.env.PROVINCE);
    const cal = await this.calendar.load();
    const status = (dueOn: string): DeadlineStatus => deadlineStatus(dueOn, today, profile.workflow, cal);
    const province = await bureauStaff(this.db.manager, profile.provinceBureau.code);
    let reminders = 0;
    if (profile.steps.commissioning) {
      const open = await this.db.manager.find(Commission, { where: { answeredAt: IsNull() }, order: { id: 'ASC' } });
      const names = await bureauNames(this.db.manager);
      for (const r of open) {
        const s = status(r.dueOn);
        if (s === 'ok') continue;
        const overdue = s === 'overdue';
        const what = COMMISSION_PURPOSES[r.purpose].label;
        const to = names(r.bureauCode);
        const audiences: Array<['bureau' | 'province', number[]]> = [
          ['bureau', await commissionedStaff(this.db.manager, r.bureauCode)],
          ...(overdue ? [['province', province] as ['province', number[]]] : []),
        ];
        for (const [audience, userIds] of audiences) {
          if (!userIds.length) continue;
          await jobTransaction(this.db, (m) =>
            this.notifier.notify(m, {
              userIds,
              kind: overdue ? 'deadline_overdue' : 'deadline_soon',
              dedupeKey: `commission:${r.id}:${r.dueOn}:${overdue ? 'overdue' : 'soon'}:${audience}`,
              title:
                audience === 'province'
                  ? `督办：${to}${what}逾期未反馈`
                  : `${overdue ? '已逾期' : '期限将至'}：省局委托${what}`,
              body:
                audience === 'province'
                  ? `委托${to}${what}的反馈期限 ${r.dueOn} 已过，尚未反馈。`
                  : `省局委托的${what}事项请于 ${r.dueOn} 前反馈：${r.request}`,
              link: commissionLink(r.id),
              vars: { label: `反馈${what}`, dueOn: r.dueOn, productName: '', status: overdue ? '已逾期' : '即将到期' },
            }),
          );
          reminders++;
        }
      }
    }
    if (profile.steps.clueSharing && province.length) {
      for (const d of await unsharedClues(this.db.manager, profile, cal)) {
        const s = status(d.dueOn);
        if (s === 'ok') continue;
        const overdue = s === 'overdue';
        await jobTransaction(this.db, (m) =>
          this.notifier.notify(m, {
            userIds: province,
            kind: overdue ? 'deadline_overdue' : 'deadline_soon',
            dedupeKey: `clue-share:${d.clue.id}:${d.dueOn}:${overdue ? 'overdue' : 'soon'}`,
            title: `${overdue ? '已逾期' : '期限将至'}：线索内部共享`,
            body: `线索 ${d.clue.receiptNo}「${d.clue.productName}」应于 ${d.dueOn} 前共享给省局相关处室、单位。`,
            link: LINKS.bureauClue(d.clue.id),
            vars: {
              label: '线索内部共享',
              dueOn: d.dueOn,
              productName: d.clue.productName,
              status: overdue ? '已逾期' : '即将到期',
            },
          }),
        );
        reminders++;
      }
    }
    return { reminders };
  }
}
