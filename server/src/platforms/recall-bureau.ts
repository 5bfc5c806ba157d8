import type { EntityManager } from 'typeorm';
import { ConsumerWarning, Recall, RecallCase } from '../db/entity';

/** The bureau that published a recall: its case's bureau, or the bureau of its 消费提示; null for imports. */
export async function recallBureau(m: EntityManager, recall: Pick<Recall, 'id' | 'caseId'>): Promise<string | null> {
  if (recall.caseId) {
    const c = await m.findOne(RecallCase, { select: ['id', 'bureauCode'], where: { id: recall.caseId } });
    if (c) return c.bureauCode;
  }
  const w = await m.findOne(ConsumerWarning, { select: ['id', 'bureauCode'], where: { recallId: recall.id } });
  return w?.bureauCode ?? null;
}
