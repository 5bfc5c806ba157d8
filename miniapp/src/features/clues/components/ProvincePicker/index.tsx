import { useEffect, useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import type { TRegionListResponse } from '@recall/shared';
import { errorMessage } from '../../../../services/errors';
import { fetchRegionLevel } from '../../regions';

type Province = TRegionListResponse['items'][number];

/** The provinces of the national table (GET /api/regions), by name; `exclude` leaves one out (this province). */
export function useProvinces(exclude?: string) {
  const [items, setItems] = useState<Province[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => {
    setError(null);
    fetchRegionLevel('').then(
      (r) => setItems(r.items.filter((p) => p.code !== exclude)),
      (err: unknown) => setError(errorMessage(err)),
    );
  };
  useEffect(load, [exclude]);
  return { items, error, retry: load };
}

interface Props {
  className: string;
  code: string;
  name: string;
  error?: string;
  exclude?: string;
  placeholder: string;
  /** Drawn as a sheet's box (action sheets) or a form's picker (the clue form). */
  variant?: 'sheet' | 'form';
  onChange: (code: string, name: string) => void;
}

/** A province picked by its name (上海市), sending its code. */
export function ProvincePicker(p: Props) {
  const provinces = useProvinces(p.exclude);
  const items = provinces.items ?? [];
  const index = items.findIndex((x) => x.code === p.code);
  return (
    <Picker
      className={p.variant === 'form' ? 'form-picker' : undefined}
      mode="selector"
      range={items.map((x) => x.name)}
      value={Math.max(0, index)}
      onChange={(e) => {
        const x = items[Number(e.detail.value)];
        if (x) p.onChange(x.code, x.name);
      }}
    >
      <View
        className={
          p.variant === 'form'
            ? `form-picker__value province-picker ${p.className}`
            : `sheet__box bc-sheet__pick province-picker ${p.className} ${p.error ? 'sheet__box--error' : ''}`
        }
        onClick={() => (provinces.error ? provinces.retry() : undefined)}
      >
        <Text className={`${p.variant === 'form' ? 'form-picker__text' : ''} ${p.name ? '' : 'form-placeholder'}`}>
          {p.name ||
            (provinces.error ? '省份列表加载失败，点此重试' : provinces.items ? p.placeholder : '正在加载省份…')}
        </Text>
        <Text className={p.variant === 'form' ? 'form-picker__arrow' : 'bc-sheet__caret'}>›</Text>
      </View>
    </Picker>
  );
}
