import { cityOfCounty, countyCityBureau, getProvinceProfile, usccCounty } from '@recall/shared';
import type { Caller } from '../core/auth';
import { forbidden } from '../core/errors';
import type { RecallCase } from '../db/entity';

/**
 * Whose a county bureau is, checked on every request against the account as it is now: its county's
 * code (320506) must still lie under a city bureau of the province profile.
 */
export function countyOf(caller: Caller, province: string): { county: string; city: string } {
  const county = caller.org ?? '';
  if (caller.role !== 'county' || !countyCityBureau(getProvinceProfile(province), county)) {
    throw forbidden('本账号不是本省所辖的县级市场监管局，不能办理此事项');
  }
  return { county, city: cityOfCounty(county) };
}

/** The county delivers a case's notices when the case is its city's and the producer is registered in the county. */
export const deliversFor = (c: RecallCase, own: { county: string; city: string }): boolean =>
  c.bureauCode === own.city && usccCounty(c.producerUscc) === own.county;
