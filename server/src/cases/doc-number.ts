import { DOC_TYPES, LegalAct, NumberedDoc, WorkflowPolicy } from '@recall/shared';
import { EntityManager } from 'typeorm';
import { DocSequence } from '../db/entity';

export interface IssuedNumber {
  docNo: string;
  year: number;
  seq: number;
}

/**
 * The next document number of a bureau, type and year (文号), taken inside the issuing
 * transaction: the UPDATE locks the sequence row until commit, so concurrent issues queue and a
 * rolled-back issue gives its number back — no gap, no duplicate. The first number of a year
 * inserts the row; two first issues racing there deadlock on MySQL and are retried by the caller
 * (see commandTransaction). A unique index on case_document backs this up.
 */
export async function nextDocNumber(
  m: EntityManager,
  policy: WorkflowPolicy,
  bureau: { code: string; name: string },
  type: NumberedDoc | LegalAct,
  year: number,
): Promise<IssuedNumber> {
  const key = { bureauCode: bureau.code, docType: type, year };
  const bumped = await m
    .createQueryBuilder()
    .update(DocSequence)
    .set({ lastNo: () => '`lastNo` + 1' })
    .where('bureauCode = :bureauCode AND docType = :docType AND year = :year', key)
    .execute();
  if (!bumped.affected) await m.insert(DocSequence, { ...key, lastNo: 1 });
  const seq = (await m.findOneByOrFail(DocSequence, key)).lastNo;
  const docNo = policy.docNumber
    .replace('{bureau}', bureau.name)
    .replace('{word}', DOC_TYPES[type].word)
    .replace('{year}', String(year))
    .replace('{n}', String(seq));
  return { docNo, year, seq };
}
