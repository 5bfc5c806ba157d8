import type { z } from 'zod';
import { PROVINCE_PROFILES_RAW } from '../generated/config';
import { ProvinceProfile, ZProvinceProfile } from './province';

/** A province profile that cannot be used, with the file and every field at fault in the message. */
export class ProvinceProfileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProvinceProfileError';
  }
}

// Written for the person editing the file: a missing field says so, a wrong choice lists the choices.
const profileErrors = (iss: z.core.$ZodRawIssue): string | undefined => {
  if (iss.input === undefined) return '缺少此项（必填）';
  if (iss.code === 'invalid_value') return `应为 ${iss.values.map(String).join('、')} 之一`;
  return undefined;
};

/**
 * Validates a profile read from `source` (a file path, for the message). The file is named after
 * the province's id (config/provinces/liaoning.json holds "id": "liaoning").
 */
export function parseProvinceProfile(raw: unknown, source: string, expectedId?: string): ProvinceProfile {
  const r = ZProvinceProfile.safeParse(raw, { error: profileErrors });
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.') || '（整个文件）'}：${i.message}`);
    throw new ProvinceProfileError(`省份配置 ${source} 无效，请改正后再启动：\n${lines.join('\n')}`);
  }
  if (expectedId && r.data.id !== expectedId)
    throw new ProvinceProfileError(
      `省份配置 ${source} 无效：\n  id：应与文件名相同（${expectedId}），实为 ${r.data.id}`,
    );
  return r.data;
}

/** Profiles in use: those embedded from config/provinces at build, or the one the server read at start. */
const profiles = new Map<string, ProvinceProfile>();

/** Puts a profile the caller read and validated itself (the server, from its profile directory) in use. */
export function useProvinceProfile(p: ProvinceProfile): void {
  profiles.set(p.id, p);
}

/** The embedded profile of `id`, validated on first use (one broken profile does not stop the others). */
function embedded(id: string): ProvinceProfile | undefined {
  if (!(id in PROVINCE_PROFILES_RAW)) return undefined;
  const p = parseProvinceProfile(PROVINCE_PROFILES_RAW[id], `config/provinces/${id}.json`, id);
  profiles.set(id, p);
  return p;
}

/** The ids of the embedded profiles (config/provinces at build time). */
export const PROVINCE_IDS = Object.keys(PROVINCE_PROFILES_RAW);

/** Every embedded profile by id, each validated when first read (a getter per province). */
export const PROVINCE_PROFILES: Readonly<Record<string, ProvinceProfile>> = Object.defineProperties(
  {},
  Object.fromEntries(PROVINCE_IDS.map((id) => [id, { enumerable: true, get: () => getProvinceProfile(id) }])),
);

export function getProvinceProfile(id: string): ProvinceProfile {
  const p = profiles.get(id) ?? embedded(id);
  if (!p) throw new ProvinceProfileError(`未配置的省份：${id}（可用：${PROVINCE_IDS.join('、')}）`);
  return p;
}
