import { STAFF_API, type TIncidentCreateRequest } from '@recall/shared/staff';
import { call, callWith } from '../../services/client';

/** Producers' incident reports (办法 第四条): routes of the table in @recall/shared (src/api/table.ts). */

/** Files a report with the draft's Idempotency-Key: sending it again after a dropped connection files it once. */
export const createIncident = (body: TIncidentCreateRequest, idempotencyKey: string) =>
  callWith(STAFF_API.incidents.create, { headers: { 'Idempotency-Key': idempotencyKey } }, { body });

export const fetchMyIncidents = () => call(STAFF_API.incidents.mine);

export const fetchIncident = (id: number) => call(STAFF_API.incidents.view, { params: { id } });
