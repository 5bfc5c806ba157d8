import {
  CATEGORIES,
  CLUE_CHANNELS,
  CLUE_SOURCES,
  DEFECT_CLASSES,
  regionName,
  UNCLASSIFIED_LABEL,
  type DefectClass,
  type TStatisticsResponse,
} from '@recall/shared';

/** One recall as the statistics count it: where it belongs and what kind it is. */
export interface RecallFact {
  id: number;
  title: string;
  producerName: string;
  producerKey: string;
  categoryCode: string;
  units: number;
  defect: string;
  defectClass: DefectClass | null;
  kind: 'voluntary' | 'ordered' | 'imported';
  city: string;
}

/** One clue: its source, the city whose bureau handles it, and what it led to. */
export interface ClueFact {
  source: string;
  channel: string;
  city: string;
  becameCase: boolean;
  becameRecall: boolean;
}

/** A bureau or producer region code's city: 320505 → 320500; a province-level code stays itself. */
export const cityOf = (code: string): string => (code.endsWith('0000') ? code : `${code.slice(0, 4)}00`);

/** A city's name as the bulletin prints it; the province bureau's own cases read 省局直接办理. */
export function placeName(code: string): string {
  if (!code) return '未知地区';
  if (code.endsWith('0000')) return `${regionName(code) ?? code}（省局直接办理）`;
  return regionName(code) ?? code;
}

const byKey = <T>(items: T[], key: (t: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
};
const units = (rs: RecallFact[]) => rs.reduce((s, r) => s + r.units, 0);
const countUnits = (rs: RecallFact[]) => ({ count: rs.length, units: units(rs) });
const producers = (rs: RecallFact[]) => new Set(rs.map((r) => r.producerKey)).size;

/** The recall tables of the bulletin: by category, city, defect class and kind. */
export function recallTables(rs: RecallFact[]): TStatisticsResponse['recalls'] {
  return {
    total: { ...countUnits(rs), producers: producers(rs) },
    byCategory: byKey(rs, (r) => r.categoryCode).map(([code, g]) => ({
      code,
      name: CATEGORIES[code as keyof typeof CATEGORIES] ?? code,
      ...countUnits(g),
    })),
    byCity: byKey(rs, (r) => r.city).map(([code, g]) => ({
      code,
      name: placeName(code),
      producers: producers(g),
      ...countUnits(g),
    })),
    byDefectClass: byKey(rs, (r) => r.defectClass ?? '~').map(([key, g]) => ({
      defectClass: key === '~' ? null : (key as DefectClass),
      name: key === '~' ? UNCLASSIFIED_LABEL : DEFECT_CLASSES[key as DefectClass],
      ...countUnits(g),
    })),
    byKind: {
      voluntary: countUnits(rs.filter((r) => r.kind === 'voluntary')),
      ordered: countUnits(rs.filter((r) => r.kind === 'ordered')),
      imported: countUnits(rs.filter((r) => r.kind === 'imported')),
    },
  };
}

/** The clue tables: by source, channel and city, how many became cases and recalls, and the crossings of the province's border. */
export function clueTables(
  cs: ClueFact[],
  crossProvince: TStatisticsResponse['clues']['crossProvince'] = { passedOut: 0, received: 0 },
): TStatisticsResponse['clues'] {
  const order = Object.keys(CLUE_CHANNELS);
  return {
    total: cs.length,
    bySource: byKey(cs, (c) => c.source).map(([source, g]) => ({
      source,
      name: CLUE_SOURCES[source as keyof typeof CLUE_SOURCES] ?? source,
      count: g.length,
    })),
    byChannel: byKey(cs, (c) => c.channel)
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([channel, g]) => ({
        channel,
        name: CLUE_CHANNELS[channel as keyof typeof CLUE_CHANNELS] ?? channel,
        count: g.length,
      })),
    crossProvince,
    byCity: byKey(cs, (c) => c.city).map(([code, g]) => ({
      code,
      name: placeName(code),
      count: g.length,
      cases: g.filter((c) => c.becameCase).length,
      recalls: g.filter((c) => c.becameRecall).length,
    })),
    becameCases: cs.filter((c) => c.becameCase).length,
    becameRecalls: cs.filter((c) => c.becameRecall).length,
  };
}

/**
 * 典型案例: the recalls whose cases the province marked typical in the case library (by recall id,
 * with the library's summary), then the largest other recalls of the period by units, up to five.
 */
export function typicalCases(
  rs: RecallFact[],
  marked: ReadonlyMap<number, string> = new Map(),
): TStatisticsResponse['typical'] {
  const bySize = [...rs].sort((a, b) => b.units - a.units || a.id - b.id);
  const chosen = bySize.filter((r) => marked.has(r.id));
  const rest = bySize.filter((r) => !marked.has(r.id)).slice(0, Math.max(0, 5 - chosen.length));
  return [...chosen, ...rest].map((r) => ({
    recallId: r.id,
    marked: marked.has(r.id),
    summary: marked.get(r.id) ?? null,
    title: r.title,
    producerName: r.producerName,
    units: r.units,
    defectClass: r.defectClass ? DEFECT_CLASSES[r.defectClass] : UNCLASSIFIED_LABEL,
    defect: r.defect,
  }));
}
