import { PROVINCE_PROFILES_RAW } from '../generated/config';
import { ProvinceProfile, ZProvinceProfile } from './province';

/** Province profiles from config/provinces, validated once. */
export const PROVINCE_PROFILES: Record<string, ProvinceProfile> = Object.fromEntries(
  Object.entries(PROVINCE_PROFILES_RAW).map(([id, raw]) => [id, ZProvinceProfile.parse(raw)]),
);

export function getProvinceProfile(id: string): ProvinceProfile {
  const p = PROVINCE_PROFILES[id];
  if (!p) throw new Error(`未配置的省份：${id}（可用：${Object.keys(PROVINCE_PROFILES).join('、')}）`);
  return p;
}
