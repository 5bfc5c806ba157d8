import type { ClueEventType, ClueStatus } from '../schemas/clue';
import { findStep, stepList, stepsFrom, type MachineStep } from './machine';

/**
 * The bureau's steps on a clue (苏 2025 第九、十条) as data. Only the bureau the clue is routed to
 * (`handler`) acts; a bureau it was copied to (抄送) reads it. A merged or rejected clue is closed;
 * a transfer hands it to another bureau as newly received.
 */
export type ClueActor = 'handler';

/**
 * Effects besides the status, by name: moveToBureau hands the clue to the bureau named in the
 * request; markMerged points it at the clue it duplicates.
 */
export type ClueEffect = 'moveToBureau' | 'markMerged';

interface ClueStepSpec {
  label: string;
  from: readonly ClueStatus[];
  to: ClueStatus | 'same';
  actors: readonly ClueActor[];
  note?: 'required' | 'optional';
  effects?: readonly ClueEffect[];
  /** The timeline event the reporter reads. */
  event: ClueEventType;
  /** The reporter's note when the bureau writes none. */
  defaultNote?: string;
}

const OPEN: ClueStatus[] = ['received', 'verifying'];

const CLUE_STEP_TABLE = {
  accept: {
    label: '受理核实',
    from: ['received'],
    to: 'verifying',
    actors: ['handler'],
    note: 'optional',
    event: 'accepted',
    defaultNote: '已受理，正在核实',
  },
  merge: {
    label: '合并',
    from: OPEN,
    to: 'merged',
    actors: ['handler'],
    note: 'optional',
    effects: ['markMerged'],
    event: 'merged',
  },
  transfer: {
    label: '移送',
    from: OPEN,
    to: 'received',
    actors: ['handler'],
    note: 'required',
    effects: ['moveToBureau'],
    event: 'transferred',
  },
  reject: { label: '不予受理', from: OPEN, to: 'rejected', actors: ['handler'], note: 'required', event: 'rejected' },
  // 立案 from a clue: a case begins (the case table's `open`, which is also this step's record); the clue keeps its status.
  open_case: {
    label: '立案',
    from: OPEN,
    to: 'same',
    actors: ['handler'],
    event: 'case_opened',
    defaultNote: '监管部门已立案，将依法通知生产者开展调查分析',
  },
} as const satisfies Record<string, ClueStepSpec>;

export type ClueAction = keyof typeof CLUE_STEP_TABLE;
/** The steps of the bureau's clue inbox (POST /api/bureau/clues/:id/<action>). */
export type ClueInboxAction = Exclude<ClueAction, 'open_case'>;

export interface ClueStep extends ClueStepSpec, MachineStep<ClueStatus, ClueAction, ClueActor, ClueEffect> {
  action: ClueAction;
}

export const CLUE_STEPS: ClueStep[] = stepList(CLUE_STEP_TABLE);
export const CLUE_ACTIONS = CLUE_STEPS.map((s) => s.action);

export function clueStep(action: ClueAction): ClueStep {
  return findStep(CLUE_STEPS, action)!;
}

/** What the bureau handling a clue may do with it now, in the table's order. */
export function clueStepsFor(status: ClueStatus, handling: boolean): ClueStep[] {
  return handling ? stepsFrom(CLUE_STEPS, status, ['handler']) : [];
}
