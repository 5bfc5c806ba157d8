import { Provide } from '@midwayjs/core';
import { REQUEST_DONE_STATUSES, TCompletion } from '@recall/shared';
import { EntityManager } from 'typeorm';
import { ChannelCount, Recall, RecallCase, RecallRequest } from '../db/entity';

/**
 * Completion rate (完成率 = 完成召回消费品数量 / 涉及消费品数量, 附件9/10): units of remedy
 * requests customer service completed (and the consumer did not dispute), plus the units the producer reports for other channels.
 */
@Provide()
export class CompletionService {
  async compute(m: EntityManager, c: RecallCase): Promise<TCompletion> {
    const recall = await m.findOneByOrFail(Recall, { id: c.recallId! });
    const rows: Array<{ status: string; n: string | number; units: string | number | null }> = await m
      .createQueryBuilder(RecallRequest, 'r')
      .select('r.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .addSelect('SUM(r.quantity)', 'units')
      .where('r.recallId = :id', { id: recall.id })
      .groupBy('r.status')
      .getRawMany();
    const requests = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    // A disputed completion is not counted until customer service completes it again.
    const completedByRequests = rows
      .filter((r) => REQUEST_DONE_STATUSES.includes(r.status as (typeof REQUEST_DONE_STATUSES)[number]))
      .reduce((sum, r) => sum + Number(r.units ?? 0), 0);
    const channels = await m.find(ChannelCount, { where: { caseId: c.id }, order: { channel: 'ASC' } });
    const completedByOtherChannels = channels.reduce((s, x) => s + x.units, 0);
    const completed = completedByRequests + completedByOtherChannels;
    const involved = recall.quantity;
    return {
      involved,
      completedByRequests,
      completedByOtherChannels,
      completed,
      rate: involved ? Math.round((completed / involved) * 1000) / 10 : 0,
      requests,
      channels: channels.map((x) => ({
        channel: x.channel,
        units: x.units,
        updatedAt: new Date(x.updatedAt).toISOString(),
      })),
    };
  }
}
