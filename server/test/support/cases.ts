import type { Application } from '@midwayjs/koa';
import { usccCheckCharacter, type DocType } from '@recall/shared';
import { Clock } from '../../src/core/clock.service';
import type { TestApp } from './app';
import { sample } from './forms';
import { bearer } from './users';

export const usccOf = (division: string, body = 'MA1XY2W3K') => {
  const first17 = `91${division}${body}`;
  return first17 + usccCheckCharacter(first17);
};

/** Moves the server's workflow clock (a Shanghai date). */
export async function setToday(t: TestApp, date: string | null): Promise<void> {
  (await (t.app as Application).getApplicationContext().getAsync(Clock)).set(date);
}

/** Valid form data for an action's documents, without photos (they must be the caller's uploads). */
export function forms(types: DocType[], patches: Partial<Record<DocType, Record<string, unknown>>> = {}) {
  return Object.fromEntries(types.map((ty) => [ty, sample(ty, patches[ty] ?? {}, [])]));
}

export const PLAN_PATCH = {
  producerName: '苏州暖阳电器有限公司',
  productName: '暖阳牌电暖器',
  brand: '暖阳',
  models: ['NY-2000'],
  gtins: ['6901234567892'],
  batches: ['20250901', '20250915'],
  productionFrom: '2025-09-01',
  productionTo: '2025-09-30',
  involvedQty: 10,
  remedyType: 'replace',
  startDate: '2026-03-10',
};

export function caseApi(t: TestApp) {
  const act = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t
      .http()
      .post(`/api/cases/${id}/actions`)
      .set(bearer(token))
      .send({ action, ...body });
  const view = (token: string, id: number) => t.http().get(`/api/cases/${id}`).set(bearer(token));
  const receipt = (token: string, id: number, docId: number) =>
    t
      .http()
      .post(`/api/cases/${id}/documents/${docId}/receipt`)
      .set(bearer(token))
      .send(sample('receipt', {}, []));
  return { act, view, receipt };
}
