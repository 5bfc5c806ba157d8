import {
  CLUE_STATUSES,
  DOC_FORMS,
  RECALL_REQUEST_STATUSES,
  clueStepsFor,
  requestConsumerStepsFor,
  requestStepsFor,
  type ClueStatus,
  type RecallRequestStatus,
  type TClueView,
} from '@recall/shared';
import { allowedActions, canOpenCase } from '../../src/features/clues/useBureauClue';
import { allowedSteps, stepBlockedReason } from '../../src/features/participation/useProducerRequests';
import { allowedAnswers } from '../../src/features/participation/useRequestAnswer';
import { receiptSpec } from '../../src/features/cases/useCaseForm';

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

describe('the consumer’s request page offers the answers of the remedy-request table', () => {
  it.each(requestStatuses)('a %s request: the consumer’s steps of the table', (status) => {
    expect(allowedAnswers(status)).toEqual(requestConsumerStepsFor(status).map((s) => s.action));
  });

  it('a completed request is confirmed or disputed; a disputed one goes back to customer service', () => {
    expect(allowedAnswers('completed')).toEqual(['confirm', 'dispute']);
    expect(allowedAnswers('disputed')).toEqual([]);
    expect(allowedSteps('disputed')).toEqual(['complete', 'schedule']);
    expect(allowedAnswers('confirmed')).toEqual([]);
    expect(allowedSteps('confirmed')).toEqual([]);
  });
});

describe('完成召回 is held back until the recall starts and the agreed date comes', () => {
  const q = { recallStartDate: '2026-05-06', scheduledOn: '2026-05-08' };
  it.each<[string, string | null]>([
    ['2026-05-05', '召回自2026-05-06开始，开始后才能完成召回'],
    ['2026-05-07', '已安排在2026-05-08处理，当天或之后才能完成召回'],
    ['2026-05-08', null],
  ])('on %s: %s', (today, reason) => {
    expect(stepBlockedReason('complete', q, today)).toBe(reason);
    expect(stepBlockedReason('schedule', q, today)).toBeNull();
  });
});

describe('the 送达回执 form: the producer confirms in the app, the bureau records the paper copy', () => {
  it('the bureau is asked how it was delivered, the day received and who signed; never “electronic”', () => {
    const spec = receiptSpec('receipt', 'bureau');
    const required = spec.fields.filter((f) => f.required).map((f) => f.key);
    expect(required).toEqual(expect.arrayContaining(['deliveryMethod', 'receivedOn', 'signedBy']));
    expect(Object.keys(spec.fields.find((f) => f.key === 'deliveryMethod')!.options!)).toEqual([
      'in_person',
      'post',
      'county_bureau',
    ]);
  });

  it('the producer’s form is the electronic confirmation as before', () => {
    expect(receiptSpec('receipt', 'producer')).toBe(DOC_FORMS.receipt);
    expect(receiptSpec('receipt', 'producer').fields.map((f) => f.key)).not.toContain('deliveryMethod');
    expect(receiptSpec('recall_plan', 'bureau')).toBe(DOC_FORMS.recall_plan);
  });
});
