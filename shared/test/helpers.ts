import { usccCheckCharacter } from '../src';

/** A syntactically valid USCC registered at `division` (the check character computed). */
export function uscc(division: string, org = 'MA1XY2W3K'): string {
  const first17 = `91${division}${org}`;
  return first17 + usccCheckCharacter(first17);
}
