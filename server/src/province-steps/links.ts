import { pageUrl, subpage } from '@recall/shared';
import { EntityManager, In } from 'typeorm';
import { User } from '../db/entity';

/** The page of one commission in the staff workspace (the province and the commissioned bureau open the same). */
export const commissionLink = (id: number) => pageUrl(subpage('bureau', 'commission'), { id });

/** Active staff of a commissioned bureau: a city bureau's staff, or a county bureau's. */
export async function commissionedStaff(m: EntityManager, code: string): Promise<number[]> {
  const rows = await m.find(User, {
    select: ['id'],
    where: { role: In(['bureau', 'county']), orgCode: code, disabled: false },
  });
  return rows.map((u) => u.id);
}
