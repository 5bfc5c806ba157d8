/**
 * A state machine as data. Each step names the states it may be taken from, where it leads, who
 * may take it, whether a written reason is asked, and the named effects it has besides the state
 * change. The server enforces a table and runs each effect by its name; the apps read the same
 * table to offer only the steps a caller may take, so the two cannot disagree.
 */
export interface MachineStep<S extends string, A extends string, R extends string, E extends string = never> {
  action: A;
  label: string;
  /** States the step may be taken from; empty for the step that creates the record. */
  from: readonly S[];
  /** Where it leads; 'same' keeps the state. */
  to: S | 'same';
  /** Who may take it. */
  actors: readonly R[];
  /** A written reason: required or optional; absent when none is asked. */
  note?: 'required' | 'optional';
  /** What the step does besides changing the state, by name (the server maps names to code). */
  effects?: readonly E[];
}

// Loose enough to accept every machine's steps (their unions are all strings).
type AnyStep = MachineStep<string, string, string, string>;

/** A table of steps written as an object keyed by action, as a list in the object's order. */
export function stepList<T extends Record<string, Omit<AnyStep, 'action'>>>(
  table: T,
): Array<T[keyof T] & { action: keyof T & string }> {
  return Object.entries(table).map(([action, step]) => ({ action, ...step })) as Array<
    T[keyof T] & { action: keyof T & string }
  >;
}

/** The step named `action`, or undefined for a name the table does not have. */
export function findStep<T extends AnyStep>(steps: readonly T[], action: string): T | undefined {
  return steps.find((s) => s.action === action);
}

/** The steps open in `state` to any of `actors`, in the table's order. */
export function stepsFrom<T extends AnyStep>(steps: readonly T[], state: string, actors: readonly string[]): T[] {
  return steps.filter((s) => s.from.includes(state) && s.actors.some((a) => actors.includes(a)));
}

/** Whether `step` may be taken from `state` (the actors are checked apart: they answer 403, not 409). */
export function allowsFrom(step: AnyStep, state: string): boolean {
  return step.from.includes(state);
}

/** The state a step leads to from `state`. */
export function stateAfter<S extends string>(step: { to: S | 'same' }, state: S): S {
  return step.to === 'same' ? state : step.to;
}
