import type { RecallRequestStatus } from '../schemas/participation';
import { findStep, stepList, stepsFrom, type MachineStep } from './machine';

/**
 * A remedy request (召回参与) as data: the consumer submits it; the producer's customer service
 * accepts, schedules (again, to change the date), completes it, or finds it out of scope.
 */
export type RequestActor = 'consumer' | 'customer_service';

/**
 * Effects besides the status, by name: what the step records on the request for the consumer to
 * read (the reason it is out of scope, the agreed date, the remedy actually given).
 */
export type RequestEffect = 'recordReason' | 'recordDate' | 'recordRemedy';

interface RequestStepSpec {
  label: string;
  from: readonly RecallRequestStatus[];
  to: RecallRequestStatus;
  actors: readonly RequestActor[];
  note?: 'required' | 'optional';
  effects?: readonly RequestEffect[];
}

const OPEN: RecallRequestStatus[] = ['submitted', 'accepted', 'scheduled'];

// In the order the steps are offered: moving the request on first, ruling it out last.
const REQUEST_STEP_TABLE = {
  submit: { label: '申请召回', from: [], to: 'submitted', actors: ['consumer'], note: 'optional' },
  accept: { label: '受理', from: ['submitted'], to: 'accepted', actors: ['customer_service'], note: 'optional' },
  complete: {
    label: '完成召回',
    from: OPEN,
    to: 'completed',
    actors: ['customer_service'],
    note: 'optional',
    effects: ['recordRemedy'],
  },
  schedule: {
    label: '安排处理',
    from: ['accepted', 'scheduled'],
    to: 'scheduled',
    actors: ['customer_service'],
    note: 'required',
    effects: ['recordDate'],
  },
  reject: {
    label: '不在召回范围',
    from: OPEN,
    to: 'rejected',
    actors: ['customer_service'],
    note: 'required',
    effects: ['recordReason'],
  },
} as const satisfies Record<string, RequestStepSpec>;

export type RequestAction = keyof typeof REQUEST_STEP_TABLE;
/** Customer service's steps (POST /api/producer/requests/:id/<step>). */
export type RequestServiceAction = Exclude<RequestAction, 'submit'>;

export interface RequestStepDef
  extends RequestStepSpec, MachineStep<RecallRequestStatus, RequestAction, RequestActor, RequestEffect> {
  action: RequestAction;
  to: RecallRequestStatus;
}

export const REQUEST_STEPS: RequestStepDef[] = stepList(REQUEST_STEP_TABLE);
/** Customer service's steps, in the order they are offered. */
export const REQUEST_SERVICE_ACTIONS = REQUEST_STEPS.filter((s) => s.actors.includes('customer_service')).map(
  (s) => s.action,
) as [RequestServiceAction, ...RequestServiceAction[]];

export function requestStep(action: RequestAction): RequestStepDef {
  return findStep(REQUEST_STEPS, action)!;
}

/** What customer service may do with a request in `status`, in the table's order. */
export function requestStepsFor(status: RecallRequestStatus): RequestStepDef[] {
  return stepsFrom(REQUEST_STEPS, status, ['customer_service']);
}
