import { CONSUMER_API } from './consumerRoutes';
import type { RouteDef } from './route';
import { STAFF_API } from './staffRoutes';

type Consumer = typeof CONSUMER_API;
type Staff = typeof STAFF_API;
type Merged = {
  [G in keyof Consumer | keyof Staff]: (G extends keyof Consumer ? Consumer[G] : unknown) &
    (G extends keyof Staff ? Staff[G] : unknown);
};

function mergeTables(a: Consumer, b: Staff): Merged {
  const out: Record<string, Record<string, RouteDef>> = {};
  for (const table of [a, b] as Array<Record<string, Record<string, RouteDef>>>) {
    for (const [group, routes] of Object.entries(table)) out[group] = { ...out[group], ...routes };
  }
  return out as Merged;
}

/**
 * Every endpoint of the API, by capability: the consumer routes and the staff routes in one table. Paths
 * and rules here are the contract (../shared/contract.md). The server and the tests use this; the
 * mini-program imports CONSUMER_API or STAFF_API so its main package holds only the first.
 */
export const API = mergeTables(CONSUMER_API, STAFF_API);

/** Every route, flat (registration checks, the OpenAPI document). */
export const ALL_ROUTES: RouteDef[] = Object.values(API).flatMap((group) => Object.values(group) as RouteDef[]);
