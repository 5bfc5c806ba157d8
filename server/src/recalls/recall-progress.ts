import { REQUEST_DONE_STATUSES, RecallRequestStatus } from '@recall/shared';
import { EntityManager } from 'typeorm';
import { ChannelCount, RecallRequest } from '../db/entity';

export interface RemediedUnits {
  /** Remedy requests per status (count of requests). */
  requests: Record<string, number>;
  completedByRequests: number;
  completedByOtherChannels: number;
  channels: ChannelCount[];
}

/**
 * Units remedied so far (完成召回消费品数量, 附件9/10): the units of remedy requests customer service
 * completed or the consumer confirmed — a disputed completion does not count until completed again —
 * plus the units the producer reports for other channels of its case. One rule for the bureau's
 * completion rate and the public progress.
 */
export async function remediedUnits(m: EntityManager, recallId: number, caseId: number | null): Promise<RemediedUnits> {
  const rows: Array<{ status: string; n: string | number; units: string | number | null }> = await m
    .createQueryBuilder(RecallRequest, 'r')
    .select('r.status', 'status')
    .addSelect('COUNT(*)', 'n')
    .addSelect('SUM(r.quantity)', 'units')
    .where('r.recallId = :id', { id: recallId })
    .groupBy('r.status')
    .getRawMany();
  const completedByRequests = rows
    .filter((r) => REQUEST_DONE_STATUSES.includes(r.status as RecallRequestStatus))
    .reduce((sum, r) => sum + Number(r.units ?? 0), 0);
  const channels = caseId ? await m.find(ChannelCount, { where: { caseId }, order: { channel: 'ASC' } }) : [];
  return {
    requests: Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])),
    completedByRequests,
    completedByOtherChannels: channels.reduce((s, x) => s + x.units, 0),
    channels,
  };
}

/** Percent with one decimal, 0 when nothing is involved. */
export const completionRate = (completed: number, involved: number): number =>
  involved ? Math.round((completed / involved) * 1000) / 10 : 0;
