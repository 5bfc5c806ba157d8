import { EntityManager, In } from 'typeorm';
import { User } from '../entity';

/** Active staff of a bureau (city staff, or province staff for the province bureau's code). */
export async function bureauStaff(m: EntityManager, bureauCode: string): Promise<number[]> {
  const rows = await m.find(User, {
    select: ['id'],
    where: { role: In(['bureau', 'province']), orgCode: bureauCode, disabled: false },
  });
  return rows.map((u) => u.id);
}

/** The producer's customer service accounts. */
export async function producerStaff(m: EntityManager, uscc: string): Promise<number[]> {
  const rows = await m.find(User, { select: ['id'], where: { role: 'producer', orgCode: uscc, disabled: false } });
  return rows.map((u) => u.id);
}

export const LINKS = {
  myClue: (id: number) => `/pages/clue/index?id=${id}`,
  bureauClue: (id: number) => `/packages/bureau/pages/clue/index?id=${id}`,
  bureauCase: (id: number) => `/packages/bureau/pages/case/index?id=${id}`,
  producerCase: (id: number) => `/packages/producer/pages/case/index?id=${id}`,
  myRequest: (id: number) => `/pages/request/index?id=${id}`,
  producerRequest: (id: number) => `/packages/producer/pages/request/index?id=${id}`,
};
