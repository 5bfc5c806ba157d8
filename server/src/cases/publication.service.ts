import { Config, Inject, Provide } from '@midwayjs/core';
import { getProvinceProfile, profileBureau, RecallStatus } from '@recall/shared';
import { EntityManager } from 'typeorm';
import type { Caller } from '../core/auth';
import type { Env } from '../core/env';
import { Bureau, CaseDocument, Recall, RecallCase } from '../db/entity';
import { RecallImportService } from '../recalls/recall-import.service';
import { FormData, planToRecallLine } from './forms';

/**
 * Publication (第十五条): accepting a plan puts its public fields — and only those — into
 * consumer lookup, with the 新闻稿; a re-recall's new plan updates the same recall (its earlier
 * version stays as a public revision); completion and re-recall change its status.
 */
@Provide()
export class PublicationService {
  @Inject()
  recalls!: RecallImportService;

  @Config('env')
  env!: Env;

  async publish(m: EntityManager, caller: Caller, c: RecallCase, press: FormData): Promise<Recall> {
    const plan = await this.latest(m, c.id, 'recall_plan');
    const statement = await this.latest(m, c.id, 'recall_statement');
    const existing = c.recallId ? await m.findOneByOrFail(Recall, { id: c.recallId }) : null;
    const recallNo = existing?.recallNo ?? ((statement?.recallNo as string) || this.localNo(c));
    const bureau = await m.findOneBy(Bureau, { code: c.bureauCode });
    const line = {
      ...planToRecallLine(plan!, c, recallNo, String(press.title)),
      source: 'case' as const,
      bureauName: bureau?.name,
      bureauPhone: profileBureau(getProvinceProfile(this.env.PROVINCE), c.bureauCode)?.recallPhone,
    };
    const { id } = await this.recalls.upsertWith(
      m,
      line,
      { actorId: caller.userId },
      {
        caseId: c.id,
        defectClass: c.defectClass,
        pressRelease: { title: press.title, body: press.body } as { title: string; body: string },
        photoIds: (plan!.photos as string[] | undefined) ?? [],
      },
    );
    return m.findOneByOrFail(Recall, { id });
  }

  async setStatus(m: EntityManager, caller: Caller, c: RecallCase, status: RecallStatus, note: string): Promise<void> {
    if (!c.recallId) return;
    await this.recalls.changeStatus(m, c.recallId, status, note, caller.userId);
  }

  /** A number until the national platform's 召回编号 is known: 苏召-320500-2026-0007. */
  private localNo(c: RecallCase): string {
    return `苏召-${c.bureauCode}-${new Date().getFullYear()}-${String(c.id).padStart(4, '0')}`;
  }

  private async latest(m: EntityManager, caseId: number, docType: 'recall_plan' | 'recall_statement') {
    const doc = await m.findOne(CaseDocument, { where: { caseId, docType }, order: { id: 'DESC' } });
    return doc ? doc.data : null;
  }
}
