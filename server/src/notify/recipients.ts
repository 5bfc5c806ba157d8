import { PAGES, pageUrl, subpage } from '@recall/shared';
import { EntityManager, In } from 'typeorm';
import { User } from '../db/entity';

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

/** A county bureau's accounts (orgCode is the county's code, e.g. 320506). */
export async function countyStaff(m: EntityManager, countyCode: string): Promise<number[]> {
  const rows = await m.find(User, { select: ['id'], where: { role: 'county', orgCode: countyCode, disabled: false } });
  return rows.map((u) => u.id);
}

/** A technical institution's accounts (orgCode is its code in the province profile). */
export async function technicalStaff(m: EntityManager, institutionCode: string): Promise<number[]> {
  const rows = await m.find(User, {
    select: ['id'],
    where: { role: 'technical', orgCode: institutionCode, disabled: false },
  });
  return rows.map((u) => u.id);
}

/** The mini-program pages a message opens (paths from @recall/shared, as the app routes them). */
export const LINKS = {
  myClue: (id: number) => pageUrl(PAGES.clue, { id }),
  bureauClue: (id: number) => pageUrl(subpage('bureau', 'clue'), { id }),
  bureauCase: (id: number) => pageUrl(subpage('bureau', 'case'), { id }),
  producerCase: (id: number) => pageUrl(subpage('producer', 'case'), { id }),
  myRequest: (id: number) => pageUrl(PAGES.request, { id }),
  producerRequest: (id: number) => pageUrl(subpage('producer', 'request'), { id }),
  countyCase: (id: number) => pageUrl(subpage('bureau', 'countyCase'), { id }),
  technicalRequest: (id: number) => pageUrl(subpage('bureau', 'technicalRequest'), { id }),
  producerIncident: (id: number) => pageUrl(subpage('producer', 'incident'), { id }),
};
