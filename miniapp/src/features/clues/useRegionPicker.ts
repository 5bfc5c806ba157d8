import { useState } from 'react';
import type { TRegionListResponse } from '@recall/shared';
import { errorMessage } from '../../services/errors';
import { fetchRegionLevel, type PickedRegion } from './regions';

type Choice = TRegionListResponse['items'][number];

/**
 * The browser's region picker: province → city → county, one level of the national table at a
 * time. A choice with nothing under it (a county, 东莞市) is the answer; a person who does not know
 * the county can take the city (or province) itself with `takeParent`.
 */
export function useRegionPicker(onPick: (r: PickedRegion) => void) {
  const [open, setOpen] = useState(false);
  const [trail, setTrail] = useState<Choice[]>([]);
  const [level, setLevel] = useState<TRegionListResponse | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const show = async (parent: string) => {
    setLoading(true);
    setError(null);
    try {
      setLevel(await fetchRegionLevel(parent));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  };

  const parentCode = (t: Choice[]) => t[t.length - 1]?.code ?? '';

  return {
    open,
    trail,
    items: loading ? [] : (level?.items ?? []),
    parentName: level?.parent?.name ?? null,
    loading,
    error,
    start: () => {
      setOpen(true);
      setTrail([]);
      void show('');
    },
    close: () => setOpen(false),
    choose: (c: Choice) => {
      if (c.leaf) {
        // The full name as regionFullName writes it: the parent's full name, then this one's.
        onPick({ code: c.code, name: `${level?.parent?.name ?? ''}${c.name}` });
        setOpen(false);
        return;
      }
      setTrail([...trail, c]);
      void show(c.code);
    },
    /** Takes the level shown's parent (the whole city) as the answer. */
    takeParent: () => {
      if (!level?.parent) return;
      onPick(level.parent);
      setOpen(false);
    },
    up: () => {
      const t = trail.slice(0, -1);
      setTrail(t);
      void show(parentCode(t));
    },
    retry: () => void show(parentCode(trail)),
  };
}

export type RegionPicker = ReturnType<typeof useRegionPicker>;
