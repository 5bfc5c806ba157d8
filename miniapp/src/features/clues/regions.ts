import { useEffect, useState } from 'react';
import { CONSUMER_API, type TRegionListResponse } from '@recall/shared';
import { call } from '../../services/client';
import { ApiError } from '../../services/errors';

/**
 * The national region table (GB/T 2260) one level at a time from GET /api/regions: the table is
 * 65 KB, too much for the main package, and a person opens only three levels of it. Each level is
 * asked for once per launch (a failed answer is asked again next time).
 */
const levels = new Map<string, Promise<TRegionListResponse>>();

export function fetchRegionLevel(parent = ''): Promise<TRegionListResponse> {
  let level = levels.get(parent);
  if (!level) {
    level = call(CONSUMER_API.reference.regions, { query: parent ? { parent } : {} });
    levels.set(parent, level);
    level.catch(() => levels.delete(parent));
  }
  return level;
}

/** A place the form keeps: the code it sends and the name it shows. */
export interface PickedRegion {
  code: string;
  name: string;
}

/**
 * WeChat's own region picker (weapp) answers with its own copy of the codes, which can lag or lead
 * the national table the server checks against. The deepest code the server knows wins (a district
 * WeChat has and the table lacks falls back to its city), named as the server names it. Null when
 * the server knows none of them; the picker's own answer when it cannot be asked (the server checks
 * again on submit).
 */
export async function checkPickedRegion(codes: string[], names: string[]): Promise<PickedRegion | null> {
  for (let i = codes.length - 1; i >= 0; i--) {
    if (!/^\d{6}$/.test(codes[i])) continue;
    try {
      const level = await fetchRegionLevel(codes[i]);
      return { code: codes[i], name: level.parent?.name ?? names.slice(0, i + 1).join('') };
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 400) {
        return { code: codes[i], name: names.slice(0, i + 1).join('') };
      }
    }
  }
  return null;
}

/**
 * The place a division code stands for (江苏省苏州市吴中区), as the server's table names it; null
 * while it is asked, and when the code is not a division or the server cannot be reached.
 */
export function usePlaceName(code: string | null | undefined): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    setName(null);
    if (!code || !/^\d{6}$/.test(code)) return;
    let live = true;
    fetchRegionLevel(code).then(
      (level) => live && setName(level.parent?.name ?? null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [code]);
  return name;
}
