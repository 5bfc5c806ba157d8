import type { BureauRef, ProvinceProfile } from './province';
import { regionName } from './regions';

/**
 * County-level market regulation bureaus (县级市场监管部门, 苏 第六条; 办法 第三条): one per county,
 * district or county-level city (GB/T 2260 code, e.g. 320506 吴中区) under a city bureau of the
 * province profile. They collect clues, deliver notices and assist the city bureau; they handle no case.
 * Node only (the region table): exported from src/node.ts, not from the miniapp's index.
 */

/** The city a county code lies in (320506 → 320500), as a code. */
export const cityOfCounty = (code: string): string => `${code.slice(0, 4)}00`;

/** Whether the code is a county-level division (not a province, city or grouping row) of the national table. */
export function isCountyCode(code: string): boolean {
  if (!/^\d{6}$/.test(code) || code.endsWith('00')) return false;
  return regionName(code) !== undefined;
}

/** The city bureau of the profile a county belongs to, or undefined when the code is no county of the province's cities. */
export function countyCityBureau(p: ProvinceProfile, code: string): (BureauRef & { city: string }) | undefined {
  if (!isCountyCode(code)) return undefined;
  return p.cityBureaus.find((b) => b.code === cityOfCounty(code));
}

/** The county bureau's name as it signs: 苏州市吴中区市场监督管理局 (the county's code if it is not in the table). */
export function countyBureauName(code: string): string {
  const county = regionName(code);
  if (!county) return code;
  const city = regionName(cityOfCounty(code));
  return `${city ?? ''}${county}市场监督管理局`;
}

/** The county a producer is registered in, from its USCC (characters 3–8), or null for a malformed code. */
export function usccCounty(uscc: string | null | undefined): string | null {
  const code = (uscc ?? '').slice(2, 8);
  return /^\d{6}$/.test(code) ? code : null;
}
