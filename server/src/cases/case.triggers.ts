import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import {
  CASE_STATES,
  caseStep,
  docMeta,
  getProvinceProfile,
  needsReceipt,
  type CaseStepName,
  type DocType,
} from '@recall/shared';
import { EntityManager, In } from 'typeorm';
import { Bureau, CaseDocument, RecallCase } from '../db/entity';
import type { Env } from '../core/env';
import { NotifyService } from '../notify/notify.service';
import { bureauStaff, LINKS, producerStaff } from '../notify/recipients';

export interface CaseStep {
  c: RecallCase;
  eventId: number;
  action: CaseStepName;
  byProducer: boolean;
  documentIds: number[];
  note: string | null;
}

/** Case steps → the producer (notices, decisions) and the bureau (what the producer filed). */
@Provide()
@Scope(ScopeEnum.Singleton)
export class CaseTriggers {
  @Inject()
  notify!: NotifyService;

  @Config('env')
  env!: Env;

  private get provinceCode(): string {
    return getProvinceProfile(this.env.PROVINCE).provinceBureau.code;
  }

  /** A document's title as the province's set names it. */
  private titleOf(type: DocType): string {
    return docMeta(getProvinceProfile(this.env.PROVINCE).documents, type).title;
  }

  async onStep(m: EntityManager, s: CaseStep): Promise<void> {
    const step = caseStep(s.action);
    if (step.informs === 'none') return;
    const { c } = s;
    const bureau = await m.findOneBy(Bureau, { code: c.bureauCode });
    const docs = s.documentIds.length ? await m.findBy(CaseDocument, { id: In(s.documentIds) }) : [];
    const notice = docs.find((d) => needsReceipt(d.docType));
    const { label } = step;
    const base = { dedupeKey: `case:${c.id}:step:${s.eventId}`, at: new Date().toISOString() };
    const vars = { ref: `CASE-${c.id}`, productName: c.productName, at: base.at };
    if (s.byProducer) {
      const to = await bureauStaff(m, c.bureauCode);
      if (step.informs === 'province') to.push(...(await bureauStaff(m, this.provinceCode)));
      await this.notify.notify(m, {
        userIds: to,
        kind: 'producer_filed',
        dedupeKey: base.dedupeKey,
        title: `${c.producerName}：${label}`,
        body: `${c.productName}，案件现为“${CASE_STATES[c.state]}”。${docs.map((d) => `《${this.titleOf(d.docType)}》`).join('')}`,
        link: LINKS.bureauCase(c.id),
        vars: { ...vars, title: label },
      });
      return;
    }
    await this.notify.notify(m, {
      userIds: await producerStaff(m, c.producerUscc),
      kind: notice ? 'notice_issued' : 'case_update',
      dedupeKey: base.dedupeKey,
      title: notice ? `收到《${this.titleOf(notice.docType)}》${notice.docNo}` : `${bureau?.name ?? ''}：${label}`,
      body: notice ? '请在小程序中确认送达并按文书要求办理。' : (s.note ?? `案件现为“${CASE_STATES[c.state]}”。`),
      link: LINKS.producerCase(c.id),
      vars: { ...vars, title: notice ? '请确认送达文书' : label },
    });
    if (step.informs === 'province') {
      await this.notify.notify(m, {
        userIds: await bureauStaff(m, this.provinceCode),
        kind: 'case_update',
        dedupeKey: `${base.dedupeKey}:province`,
        title: `${bureau?.name ?? ''}提请上报：${c.productName}`,
        body: s.note ?? '',
        link: LINKS.bureauCase(c.id),
        vars: { ...vars, title: '提请上报总局' },
      });
    }
  }
}
