import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { PAGES, pageUrl, type TPlatformRecallStatus } from '@recall/shared';
import { DataSource } from 'typeorm';
import { jobTransaction } from '../core/tx';
import { Recall, User } from '../db/entity';
import { NotifyService } from '../notify/notify.service';
import { bureauStaff } from '../notify/recipients';
import { PlatformStatusService } from './platform-status.service';
import { recallBureau } from './recall-bureau';

/**
 * Overdue platform measures (电商平台消费品安全承诺机制): each measure past its deadline with nothing
 * reported tells the platform's staff and the bureau that published the recall, once per measure
 * (the messages' dedupe keys), however often the job runs.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class PlatformOverdueReminder {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  notifier!: NotifyService;

  @Inject()
  status!: PlatformStatusService;

  async runOnce(): Promise<{ reminders: number }> {
    let reminders = 0;
    const overdue = (await this.status.list({})).filter((s) => s.overdue);
    for (const s of overdue) {
      const recall = await this.db.manager.findOne(Recall, { select: ['id', 'caseId'], where: { id: s.recall.id } });
      const bureau = recall ? await recallBureau(this.db.manager, recall) : null;
      const audiences: Array<['platform' | 'bureau', number[]]> = [
        ['platform', await this.platformStaff(s.platform.id)],
        ['bureau', bureau ? await bureauStaff(this.db.manager, bureau) : []],
      ];
      for (const m of s.measures.filter((x) => x.state === 'overdue')) {
        for (const [audience, userIds] of audiences) {
          if (!userIds.length) continue;
          await jobTransaction(this.db, (tx) => this.notifier.notify(tx, this.message(s, m, audience, userIds)));
          reminders++;
        }
      }
    }
    return { reminders };
  }

  private message(
    s: TPlatformRecallStatus,
    m: TPlatformRecallStatus['measures'][number],
    audience: 'platform' | 'bureau',
    userIds: number[],
  ) {
    const dueOn = m.dueAt.slice(0, 10);
    return {
      userIds,
      kind: 'deadline_overdue' as const,
      dedupeKey: `platform-overdue:${s.platform.id}:${s.recall.id}:${m.kind}:${audience}`,
      title:
        audience === 'platform' ? `已逾期：召回“${s.recall.title}”的${m.label}` : `${s.platform.name}逾期未${m.label}`,
      body:
        audience === 'platform'
          ? `召回“${s.recall.title}”（${s.recall.recallNo}）的“${m.label}”应于 ${dueOn} 前完成并报告，至今未报告。`
          : `${s.platform.name}收到召回“${s.recall.title}”后，“${m.label}”应于 ${dueOn} 前完成，至今未报告。`,
      link: pageUrl(PAGES.recall, { id: s.recall.id }),
      vars: { label: m.label, dueOn, productName: s.recall.title, status: '已逾期' },
    };
  }

  private async platformStaff(platformId: number): Promise<number[]> {
    const rows = await this.db.manager.find(User, {
      select: ['id'],
      where: { role: 'platform', orgCode: String(platformId), disabled: false },
    });
    return rows.map((u) => u.id);
  }
}
