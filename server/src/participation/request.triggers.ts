import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { RECALL_REQUEST_STATUSES, REMEDIES } from '@recall/shared';
import { EntityManager } from 'typeorm';
import { Recall, RecallRequest } from '../db/entity';
import { NotifyService } from '../notify/notify.service';
import { LINKS, producerStaff } from '../notify/recipients';

/**
 * Remedy requests: a new one, and the consumer's answer to a completion → the producer's customer
 * service; every step of customer service → the consumer.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class RequestTriggers {
  @Inject()
  notify!: NotifyService;

  async onStep(m: EntityManager, r: RecallRequest, eventId: number, note: string | null): Promise<void> {
    const recall = await m.findOneByOrFail(Recall, { id: r.recallId });
    const at = new Date().toISOString();
    const dedupeKey = `request:${r.id}:step:${eventId}`;
    if (r.status === 'submitted') {
      await this.notify.notify(m, {
        userIds: recall.producerUscc ? await producerStaff(m, recall.producerUscc) : [],
        kind: 'request_received',
        dedupeKey,
        title: `新的召回申请：${recall.productName} ${r.quantity} 件`,
        body: `希望${REMEDIES[r.preferredRemedy]}${r.batch ? `，批次 ${r.batch}` : ''}`,
        link: LINKS.producerRequest(r.id),
        vars: { title: '新的召回申请待受理', ref: `REQ-${r.id}`, productName: recall.productName, at },
      });
      return;
    }
    const status = RECALL_REQUEST_STATUSES[r.status];
    if (r.status === 'confirmed' || r.status === 'disputed') {
      await this.notify.notify(m, {
        userIds: recall.producerUscc ? await producerStaff(m, recall.producerUscc) : [],
        kind: 'request_answered',
        dedupeKey,
        title: `召回申请：${status}`,
        body: [recall.productName, note].filter(Boolean).join('；'),
        link: LINKS.producerRequest(r.id),
        vars: { title: `召回申请${status}`, ref: `REQ-${r.id}`, productName: recall.productName, at },
      });
      return;
    }
    await this.notify.notify(m, {
      userIds: [r.userId],
      kind: 'request_step',
      dedupeKey,
      title: `召回申请：${status}`,
      body: [recall.productName, note, r.scheduledOn ? `处理日期 ${r.scheduledOn}` : null].filter(Boolean).join('；'),
      link: LINKS.myRequest(r.id),
      vars: { productName: recall.productName, status, note: note ?? status, at },
    });
  }
}
