import { normalizeSearchText } from './search';

/**
 * Whether one consumer's unit is inside one recall's scope. A recall limits its scope by batch
 * list and/or production-date range (both bounds inclusive); empty batches and no range mean every
 * unit of the listed models/GTINs. A limit the consumer gave no value for makes the answer unknown.
 */
export interface RecallScope {
  batches: string[];
  productionFrom: string | null;
  productionTo: string | null;
}
export interface Unit {
  batch?: string;
  productionDate?: string;
}
export type UnitVerdict = {
  status: 'affected' | 'not_affected' | 'unknown';
  reason: string;
  needs?: Array<'batch' | 'productionDate'>;
};

export const normalizeBatch = (b: string) => normalizeSearchText(b);

function rangeText(s: RecallScope): string {
  if (s.productionFrom && s.productionTo) return `${s.productionFrom} 至 ${s.productionTo}`;
  return s.productionFrom ? `${s.productionFrom} 及以后` : `${s.productionTo} 及以前`;
}

export function evaluateUnit(scope: RecallScope, unit: Unit): UnitVerdict {
  const needs: Array<'batch' | 'productionDate'> = [];
  const facts: string[] = [];
  if (scope.batches.length) {
    if (!unit.batch) needs.push('batch');
    else if (!scope.batches.map(normalizeBatch).includes(normalizeBatch(unit.batch))) {
      return { status: 'not_affected', reason: `批次 ${unit.batch} 不在召回批次内` };
    } else facts.push(`批次 ${unit.batch} 在召回批次内`);
  }
  if (scope.productionFrom || scope.productionTo) {
    const d = unit.productionDate;
    if (!d) needs.push('productionDate');
    else if ((scope.productionFrom && d < scope.productionFrom) || (scope.productionTo && d > scope.productionTo)) {
      return { status: 'not_affected', reason: `生产日期 ${d} 不在召回范围（${rangeText(scope)}）内` };
    } else facts.push(`生产日期 ${d} 在召回范围（${rangeText(scope)}）内`);
  }
  if (needs.length) {
    const what = needs.map((n) => (n === 'batch' ? '批次号' : '生产日期')).join('和');
    return { status: 'unknown', reason: `该召回只涉及部分产品，请提供${what}以确认`, needs };
  }
  return { status: 'affected', reason: facts.length ? facts.join('，') : '该型号的全部产品都在召回范围内' };
}
