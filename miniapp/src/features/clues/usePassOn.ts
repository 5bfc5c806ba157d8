import { useCallback } from 'react';
import type { TClueView } from '@recall/shared';
import { useActionSheet } from '../../hooks/useActionSheet';
import { fetchClue } from './api';
import { buildPassOn, EMPTY_PASS_ON, passClueOn, producerProvince, type PassOnForm } from './crossProvince';
import { fetchRegionLevel } from './regions';

const DONE = { passOn: '已移送' } as const;

/**
 * The 移送外省 sheet of one clue: the receiving province (preset from the producer's USCC when it
 * names one), contact, reference and note, kept as a draft per clue until it goes through; checked
 * with the contract's schema, the server's 400 shown under its fields; `onDone` gets the clue as
 * it is now (已移送…市场监督管理局).
 */
export function usePassOn(clue: TClueView | null, onDone: (c: TClueView) => void) {
  const id = clue?.id;
  const draftKey = useCallback(() => (id ? `recall.draft.clue.${id}.passOn` : null), [id]);
  const sheet = useActionSheet<'passOn', PassOnForm>(EMPTY_PASS_ON, draftKey);

  const open = useCallback(async () => {
    if (!clue) return;
    const code = producerProvince(clue);
    let preset = EMPTY_PASS_ON;
    if (code && code !== clue.routing.bureauCode) {
      // The producer's province, named as the national table names it (a kept draft still wins).
      const provinces = await fetchRegionLevel('').catch(() => null);
      const name = provinces?.items.find((p) => p.code === code)?.name;
      if (name) preset = { ...EMPTY_PASS_ON, provinceCode: code, provinceName: name };
    }
    sheet.open('passOn', preset);
  }, [clue, sheet.open]);

  const confirm = async () => {
    if (!clue) return;
    await sheet.confirm(
      buildPassOn(sheet.form, clue.routing.bureauCode),
      async (a) => {
        await passClueOn(clue.id, a.body);
        onDone(await fetchClue(clue.id));
      },
      DONE,
    );
  };

  return { ...sheet, open, confirm };
}
