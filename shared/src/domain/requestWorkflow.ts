import type { RecallRequestStatus } from '../schemas/participation';
import { findStep, stepList, stepsFrom, type MachineStep } from './machine';

/**
 * A remedy request (召回参与) as data: the consumer submits it; the producer's customer service
 * accepts, schedules (again, to change the date), completes it, or finds it out of scope. The
 * consumer then answers a completion: completed → confirmed (the end), or completed → disputed;
 * customer service may schedule a disputed request again and complete it again (disputed →
 * scheduled → completed, or disputed → completed), and the consumer answers once more. Only
 * completed and confirmed requests count as done in the completion rate; a disputed one does not
 * until it is completed again.
 */
export type RequestActor = 'consumer' | 'customer_service';

/**
 * Effects besides the status, by name: what the step records on the request for the consumer to
 * read (the reason it is out of scope, the agreed date, the remedy actually given).
 */
export type RequestEffect = 'recordReason' | 'recordDate' | 'recordRemedy';

/**
 * Conditions checked when a step is attempted. `recallStarted`: today is on or after the recall's
 * start date; `appointmentReached`: today is on or after the agreed date (scheduledOn), if any.
 */
export type RequestGuard = 'recallStarted' | 'appointmentReached';

/** The facts a guard reads: today (Asia/Shanghai), the recall's start date, the agreed date. */
export interface RequestGuardFacts {
  today: string;
  recallStartDate: string;
  scheduledOn: string | null;
}

const REQUEST_GUARDS: Record<RequestGuard, (f: RequestGuardFacts) => string | null> = {
  recallStarted: (f) => (f.today < f.recallStartDate ? `召回自${f.recallStartDate}开始，开始后才能完成召回` : null),
  appointmentReached: (f) =>
    f.scheduledOn && f.today < f.scheduledOn ? `已安排在${f.scheduledOn}处理，当天或之后才能完成召回` : null,
};

interface RequestStepSpec {
  label: string;
  from: readonly RecallRequestStatus[];
  to: RecallRequestStatus;
  actors: readonly RequestActor[];
  note?: 'required' | 'optional';
  effects?: readonly RequestEffect[];
  guards?: readonly RequestGuard[];
}

const OPEN: RecallRequestStatus[] = ['submitted', 'accepted', 'scheduled'];

// In the order the steps are offered: moving the request on first, ruling it out last.
const REQUEST_STEP_TABLE = {
  submit: { label: '申请召回', from: [], to: 'submitted', actors: ['consumer'], note: 'optional' },
  accept: { label: '受理', from: ['submitted'], to: 'accepted', actors: ['customer_service'], note: 'optional' },
  complete: {
    label: '完成召回',
    from: [...OPEN, 'disputed'],
    to: 'completed',
    actors: ['customer_service'],
    note: 'optional',
    effects: ['recordRemedy'],
    guards: ['recallStarted', 'appointmentReached'],
  },
  schedule: {
    label: '安排处理',
    from: ['accepted', 'scheduled', 'disputed'],
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
  confirm: { label: '确认已完成', from: ['completed'], to: 'confirmed', actors: ['consumer'], note: 'optional' },
  dispute: { label: '对完成有异议', from: ['completed'], to: 'disputed', actors: ['consumer'], note: 'required' },
} as const satisfies Record<string, RequestStepSpec>;

export type RequestAction = keyof typeof REQUEST_STEP_TABLE;
/** Customer service's steps (POST /api/producer/requests/:id/<step>). */
export type RequestServiceAction = Exclude<RequestAction, 'submit' | RequestConsumerAction>;
/** The consumer's answers to a completion (POST /api/recall-requests/:id/<step>). */
export type RequestConsumerAction = 'confirm' | 'dispute';

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

/** What the consumer may do with their request in `status` (answer a completion), in the table's order. */
export function requestConsumerStepsFor(status: RecallRequestStatus): RequestStepDef[] {
  return stepsFrom(REQUEST_STEPS, status, ['consumer']);
}

/** Why a guard of `step` stops it now, in words for the person trying it; null when none does. */
export function requestBlockedReason(step: RequestStepDef, facts: RequestGuardFacts): string | null {
  for (const g of step.guards ?? []) {
    const problem = REQUEST_GUARDS[g](facts);
    if (problem) return problem;
  }
  return null;
}

/** Requests whose remedy counts as done in the completion rate (a disputed one does not, until completed again). */
export const REQUEST_DONE_STATUSES: readonly RecallRequestStatus[] = ['completed', 'confirmed'];
