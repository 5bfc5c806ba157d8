import { Provide } from '@midwayjs/core';
import { TCompletion } from '@recall/shared';
import { EntityManager } from 'typeorm';
import { Recall, RecallCase } from '../db/entity';
import { completionRate, remediedUnits } from '../recalls/recall-progress';

/**
 * Completion rate (完成率 = 完成召回消费品数量 / 涉及消费品数量, 附件9/10): units of remedy
 * requests customer service completed (and the consumer did not dispute), plus the units the producer reports for other channels.
 */
@Provide()
export class CompletionService {
  async compute(m: EntityManager, c: RecallCase): Promise<TCompletion> {
    const recall = await m.findOneByOrFail(Recall, { id: c.recallId! });
    const done = await remediedUnits(m, recall.id, c.id);
    const completed = done.completedByRequests + done.completedByOtherChannels;
    const involved = recall.quantity;
    return {
      involved,
      completedByRequests: done.completedByRequests,
      completedByOtherChannels: done.completedByOtherChannels,
      completed,
      rate: completionRate(completed, involved),
      requests: done.requests,
      channels: done.channels.map((x) => ({
        channel: x.channel,
        units: x.units,
        updatedAt: new Date(x.updatedAt).toISOString(),
      })),
    };
  }
}
