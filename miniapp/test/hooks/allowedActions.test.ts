import {
  CLUE_STATUSES,
  RECALL_REQUEST_STATUSES,
  clueStepsFor,
  requestStepsFor,
  type ClueStatus,
  type RecallRequestStatus,
  type TClueView,
} from '@recall/shared';
import { allowedActions, canOpenCase } from '../../src/features/clues/useBureauClue';
import { allowedSteps } from '../../src/features/participation/useProducerRequests';

/**
 * What the workspaces offer is what the state tables of @recall/shared allow (the tables the
 * server enforces, tested in shared/test/machines.test.ts): no status is decided in the app.
 */

const clue = (status: ClueStatus) => ({ status }) as TClueView;
const clueStatuses = Object.keys(CLUE_STATUSES) as ClueStatus[];
const requestStatuses = Object.keys(RECALL_REQUEST_STATUSES) as RecallRequestStatus[];

describe('the bureau clue page offers what the clue table allows', () => {
  it.each(clueStatuses)('to the handling bureau, a %s clue: the inbox steps and 立案 of the table', (status) => {
    const table = clueStepsFor(status, true).map((s) => s.action);
    expect(allowedActions(clue(status), true)).toEqual(table.filter((a) => a !== 'open_case'));
    expect(canOpenCase(clue(status), true)).toBe(table.includes('open_case'));
  });

  it.each(clueStatuses)('a bureau the clue was copied to is offered nothing on a %s clue', (status) => {
    expect(allowedActions(clue(status), false)).toEqual([]);
    expect(canOpenCase(clue(status), false)).toBe(false);
  });

  it('an open clue offers something, a closed one nothing', () => {
    expect(allowedActions(clue('received'), true).length).toBeGreaterThan(0);
    expect(allowedActions(clue('rejected'), true)).toEqual([]);
  });
});

describe('the producer request page offers what the remedy-request table allows', () => {
  it.each(requestStatuses)('a %s request: customer service’s steps of the table, in its order', (status) => {
    expect(allowedSteps(status)).toEqual(requestStepsFor(status).map((s) => s.action));
  });

  it('a new request can be accepted; a completed one is closed', () => {
    expect(allowedSteps('submitted')).toContain('accept');
    expect(allowedSteps('completed')).toEqual([]);
  });
});
