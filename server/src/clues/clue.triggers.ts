import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { INJURY_LEVELS, type InjuryLevel } from '@recall/shared';
import { EntityManager } from 'typeorm';
import { Bureau, Clue } from '../db/entity';
import { NotifyService } from '../notify/notify.service';
import { bureauStaff, LINKS, producerStaff } from '../notify/recipients';

/** What the reporter reads for each step of their clue; `received` is covered by `routed`. */
const REPORTER: Record<
  string,
  { kind: 'clue_routed' | 'clue_transferred' | 'clue_decided'; status: string } | undefined
> = {
  routed: { kind: 'clue_routed', status: '已分派' },
  transferred: { kind: 'clue_transferred', status: '已移送' },
  accepted: { kind: 'clue_decided', status: '已受理' },
  merged: { kind: 'clue_decided', status: '已合并' },
  rejected: { kind: 'clue_decided', status: '不予受理' },
  case_opened: { kind: 'clue_decided', status: '已立案' },
  passed_on: { kind: 'clue_transferred', status: '已移送外省' },
};

/** Clue events → the reporter (received, routed, transferred, decided) and the bureau it reaches. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class ClueTriggers {
  @Inject()
  notify!: NotifyService;

  /** `ref` names the event once (`step:<audit row>`, or `case:<id>` for the case opened from the clue). */
  async onEvent(
    m: EntityManager,
    e: { clueId: number; ref: string; type: string; bureauCode: string | null; note: string },
  ): Promise<void> {
    const { clueId, ref, type, note } = e;
    const clue = await m.findOneByOrFail(Clue, { id: clueId });
    const bureau = await m.findOneBy(Bureau, { code: clue.bureauCode });
    const at = new Date().toISOString();
    const r = REPORTER[type];
    if (r && clue.reporterId) {
      await this.notify.notify(m, {
        userIds: [clue.reporterId],
        kind: r.kind,
        dedupeKey: `clue:${clueId}:${ref}`,
        title: `你报告的“${clue.productName}”${r.status}`,
        body: note,
        link: LINKS.myClue(clueId),
        vars: { productName: clue.productName, status: r.status, bureauName: bureau?.name ?? '', at, note },
      });
    }
    // A producer's incident report: every account of the producer follows its steps after filing.
    if (r && type !== 'routed' && clue.source === 'producerIncident' && clue.producerUscc) {
      await this.notify.notify(m, {
        userIds: await producerStaff(m, clue.producerUscc),
        kind: 'case_update',
        dedupeKey: `clue:${clueId}:${ref}:producer`,
        title: `事故报告“${clue.productName}”${r.status}`,
        body: note,
        link: LINKS.producerIncident(clueId),
        vars: { title: `事故报告${r.status}`, ref: clue.receiptNo, productName: clue.productName, at },
      });
    }
    if (type === 'routed' || type === 'transferred' || type === 'copied') {
      const code = type === 'copied' ? e.bureauCode : clue.bureauCode;
      if (!code) return;
      // A producer's report of deaths or injuries (办法 第四条) is named as such: it is read first.
      const incident = clue.source === 'producerIncident';
      await this.notify.notify(m, {
        userIds: await bureauStaff(m, code),
        kind: 'clue_assigned',
        // One event (the clue's creation) reaches the bureau it is routed to and each one copied.
        dedupeKey: `clue:${clueId}:${ref}:bureau:${code}`,
        title: incident
          ? `生产者事故报告：${clue.producerName ?? ''}“${clue.productName}”${INJURY_LEVELS[clue.injury as InjuryLevel] ?? ''}（${clue.receiptNo}）`
          : `新线索：${clue.productName}（${clue.receiptNo}）`,
        body: type === 'transferred' ? note : clue.routingReason,
        link: LINKS.bureauClue(clueId),
        vars: {
          title: type === 'transferred' ? '移送线索待处理' : incident ? '生产者事故报告待核实' : '新线索待核实',
          ref: clue.receiptNo,
          productName: clue.productName,
          at,
        },
      });
    }
  }
}
