import { EntityManager } from 'typeorm';
import { Producer } from '../db/entity';

/** Registers a producer by its USCC if it is new (the registry routes clues by name, rule 3). */
export async function ensureProducer(m: EntityManager, uscc: string, name: string): Promise<void> {
  await m
    .createQueryBuilder()
    .insert()
    .into(Producer)
    .values({ uscc, name, divisionCode: uscc.slice(2, 8) })
    .orIgnore()
    .execute();
}
