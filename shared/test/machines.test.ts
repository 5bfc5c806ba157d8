import {
  requestBlockedReason,
  CLUE_EVENTS,
  CLUE_STATUSES,
  CLUE_STEPS,
  ClueStatus,
  RECALL_REQUEST_STATUSES,
  REQUEST_SERVICE_ACTIONS,
  REQUEST_STEPS,
  RecallRequestStatus,
  clueStep,
  clueStepsFor,
  findStep,
  requestStepsFor,
  stateAfter,
} from '../src';
import {
  CASE_ENTRIES,
  CASE_STATE_KEYS,
  CASE_STEPS,
  DEADLINE_KINDS,
  TRANSITIONS,
  ZAuditEvent,
  caseStep,
} from '../src/staff';

/** The three state machines (cases, clues, remedy requests) as tables: what each offers, to whom, from where. */

describe('the case table holds every step: entries, actions and the receipt', () => {
  it('one label per step name, the entries and the receipt included', () => {
    const names = CASE_STEPS.map((s) => s.action);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 3)).toEqual(['open', 'voluntary', 'confirm_receipt']);
    expect(caseStep('voluntary').label).toBe('报告主动召回计划');
    expect(caseStep('confirm_receipt').label).toBe('确认送达');
    expect(caseStep('open').label).toBe('立案');
  });

  it.each(CASE_STEPS.map((s) => [s.action, s] as const))('%s: via, states and deadline are consistent', (_, s) => {
    if (s.via === 'entry') expect(s.from).toEqual([]);
    else expect(s.from.length).toBeGreaterThan(0);
    if (s.via === 'entry') expect(s.to).not.toBe('same');
    if (s.starts) expect(Object.keys(DEADLINE_KINDS)).toContain(s.starts);
  });

  it('the actions of POST /actions are the steps taken via action, in order', () => {
    expect(TRANSITIONS.map((t) => t.action)).toEqual(CASE_STEPS.filter((s) => s.via === 'action').map((s) => s.action));
  });

  it('CASE_ENTRIES are the entry steps of the table', () => {
    expect(Object.values(CASE_ENTRIES)).toEqual(
      CASE_STEPS.filter((s) => s.via === 'entry').map(({ action: _a, ...rest }) => rest),
    );
  });

  it('the receipt may be confirmed in any state and keeps it', () => {
    const r = caseStep('confirm_receipt');
    expect([...r.from].sort()).toEqual([...CASE_STATE_KEYS].sort());
    expect(r.to).toBe('same');
    expect([...r.actors].sort()).toEqual(['handler', 'producer']);
    expect(r.documents).toEqual(['receipt']);
  });

  it.each<[string, string[]]>([
    ['accept_plan', ['publishRecall']],
    ['submit_stage_summary', ['countStageSummary']],
    ['complete_plan', ['completeRecall']],
    ['order_rerecall', ['rerecall']],
    ['confirm_receipt', ['startReplyClock']],
    ['open', ['noteOnClue']],
  ])('%s has the named effects %j', (name, effects) => {
    expect(findStep(CASE_STEPS, name)?.effects).toEqual(effects);
  });

  it('no other step has an effect', () => {
    const withEffects = CASE_STEPS.filter((s) => s.effects?.length).map((s) => s.action);
    expect(withEffects.sort()).toEqual(
      ['accept_plan', 'submit_stage_summary', 'complete_plan', 'order_rerecall', 'confirm_receipt', 'open'].sort(),
    );
  });

  it('the province hears of an objection and of an escalation; nobody of the opening', () => {
    const informs = Object.fromEntries(CASE_STEPS.filter((s) => s.informs).map((s) => [s.action, s.informs]));
    expect(informs).toEqual({ file_objection: 'province', escalate: 'province', open: 'none' });
  });

  it('a deadline runs from the step, the receipt or the date in the notice', () => {
    expect(Object.fromEntries(Object.entries(DEADLINE_KINDS).map(([k, d]) => [k, d.runsFrom]))).toEqual({
      notify_producer: 'step',
      investigation_report: 'notice',
      plan_or_objection: 'receipt',
      plan: 'step',
      final_summary: 'step',
      supplement: 'step',
    });
  });
});

describe('the clue table (苏 2025 第九、十条)', () => {
  const offered = (status: ClueStatus, handling = true) => clueStepsFor(status, handling).map((s) => s.action);

  it.each<[ClueStatus, string[]]>([
    ['received', ['accept', 'merge', 'transfer', 'reject', 'open_case']],
    ['verifying', ['merge', 'transfer', 'reject', 'open_case']],
    ['merged', []],
    ['rejected', []],
  ])('the handling bureau, on a %s clue: %j', (status, actions) => {
    expect(offered(status)).toEqual(actions);
  });

  it.each(Object.keys(CLUE_STATUSES) as ClueStatus[])('a copied bureau only reads a %s clue', (status) => {
    expect(offered(status, false)).toEqual([]);
  });

  it.each<[string, ClueStatus, ClueStatus]>([
    ['accept', 'received', 'verifying'],
    ['merge', 'verifying', 'merged'],
    ['transfer', 'verifying', 'received'],
    ['reject', 'received', 'rejected'],
    ['open_case', 'verifying', 'verifying'],
  ])('%s from %s leads to %s', (action, from, to) => {
    expect(stateAfter(findStep(CLUE_STEPS, action)!, from)).toBe(to);
  });

  it('each step writes a timeline event the reporter can read', () => {
    for (const s of CLUE_STEPS) expect(Object.keys(CLUE_EVENTS)).toContain(s.event);
  });

  it('a reason is required to reject or transfer, optional to accept or merge', () => {
    expect(Object.fromEntries(CLUE_STEPS.map((s) => [s.action, s.note ?? 'none']))).toEqual({
      accept: 'optional',
      merge: 'optional',
      transfer: 'required',
      reject: 'required',
      open_case: 'none',
    });
  });

  it('the effects: a transfer moves the clue, a merge points it at its twin', () => {
    expect(clueStep('transfer').effects).toEqual(['moveToBureau']);
    expect(clueStep('merge').effects).toEqual(['markMerged']);
    expect(clueStep('accept').defaultNote).toBe('已受理，正在核实');
  });

  it('merged and rejected clues are closed: nothing leads out of them', () => {
    for (const s of CLUE_STEPS) for (const f of s.from) expect(['received', 'verifying']).toContain(f);
  });
});

describe('the remedy-request table (召回参与)', () => {
  const offered = (status: RecallRequestStatus) => requestStepsFor(status).map((s) => s.action);

  it.each<[RecallRequestStatus, string[]]>([
    ['submitted', ['accept', 'complete', 'reject']],
    ['accepted', ['complete', 'schedule', 'reject']],
    ['scheduled', ['complete', 'schedule', 'reject']],
    ['completed', []],
    ['confirmed', []],
    ['disputed', ['complete', 'schedule']],
    ['rejected', []],
  ])('customer service, on a %s request: %j', (status, actions) => {
    expect(offered(status)).toEqual(actions);
  });

  it('the steps of POST /api/producer/requests/:id/:step are the four of customer service', () => {
    expect([...REQUEST_SERVICE_ACTIONS].sort()).toEqual(['accept', 'complete', 'reject', 'schedule']);
  });

  it('the consumer submits, then confirms or disputes a completion (a dispute needs a reason)', () => {
    expect(REQUEST_STEPS.filter((s) => s.actors.includes('consumer')).map((s) => s.action)).toEqual([
      'submit',
      'confirm',
      'dispute',
    ]);
    expect(REQUEST_STEPS.find((s) => s.action === 'submit')).toMatchObject({ from: [], to: 'submitted' });
    expect(REQUEST_STEPS.find((s) => s.action === 'confirm')).toMatchObject({ from: ['completed'], to: 'confirmed' });
    expect(REQUEST_STEPS.find((s) => s.action === 'dispute')).toMatchObject({
      from: ['completed'],
      to: 'disputed',
      note: 'required',
    });
  });

  it.each<[string, string[], string]>([
    ['reject', ['recordReason'], 'required'],
    ['schedule', ['recordDate'], 'required'],
    ['complete', ['recordRemedy'], 'optional'],
    ['accept', [], 'optional'],
  ])('%s records %j; its note is %s', (action, effects, note) => {
    const s = findStep(REQUEST_STEPS, action)!;
    expect(s.effects ?? []).toEqual(effects);
    expect(s.note).toBe(note);
  });

  it('every status is a real one; confirmed and rejected are final, completed waits only for the consumer', () => {
    const statuses = Object.keys(RECALL_REQUEST_STATUSES);
    for (const s of REQUEST_STEPS) {
      expect(statuses).toContain(s.to);
      for (const f of s.from) expect(['submitted', 'accepted', 'scheduled', 'completed', 'disputed']).toContain(f);
      if (s.from.includes('completed')) expect(s.actors).toEqual(['consumer']);
    }
  });
});

describe('audit events: one payload shape per event type', () => {
  const caseStepDetail = { note: null, documentIds: [3], late: false, actorRole: 'bureau' };

  it.each(CASE_STEPS.map((s) => [`case.${s.action}`]))('%s carries a case step', (action) => {
    expect(ZAuditEvent.parse({ action, entityType: 'case', detail: caseStepDetail })).toMatchObject({ action });
  });

  it.each<[string, string, unknown]>([
    ['case.channel_count', 'case', { channel: '门店', units: 3 }],
    ['clue.created', 'clue', { bureau: '320500', copiedTo: ['320000'], source: 'consumer' }],
    ['clue.accepted', 'clue', { note: '已受理，正在核实', by: '320500' }],
    ['clue.transferred', 'clue', { note: '移送', bureauCode: '320200', by: '320500' }],
    ['clue.merged', 'clue', { note: '合并', mergedInto: 4, by: '320500' }],
    ['recall_request.completed', 'recall_request', { note: '已更换' }],
    ['recall_request.accepted', 'recall_request', null],
    ['recall.imported', 'recall', null],
    ['recall.updated', 'recall', { changed: ['quantity'] }],
    ['user.created', 'user', { username: 'suzhou', org: null }],
    ['upload.created', 'upload', null],
  ])('%s (%s) parses with its payload', (action, entityType, detail) => {
    expect(ZAuditEvent.parse({ action, entityType, detail })).toEqual({ action, entityType, detail });
  });

  it.each<[string, string, unknown]>([
    ['case.accept_plan', 'case', { note: null, documentIds: ['x'], late: false, actorRole: 'bureau' }],
    ['case.accept_plan', 'case', { note: null, documentIds: [], late: false }],
    ['case.accept_plan', 'clue', caseStepDetail],
    ['case.delete', 'case', caseStepDetail],
    ['clue.merged', 'clue', { note: '合并', by: '320500' }],
    ['clue.accepted', 'clue', { note: '已受理' }],
    ['recall.imported', 'recall', { anything: true }],
  ])('%s (%s) with a wrong payload is refused', (action, entityType, detail) => {
    expect(ZAuditEvent.safeParse({ action, entityType, detail }).success).toBe(false);
  });
});

describe('a remedy request is completed on or after the recall start and its appointment', () => {
  const complete = findStep(REQUEST_STEPS, 'complete')!;
  it.each<[string, string | null, string | null]>([
    ['2026-03-09', null, '召回自2026-03-10开始，开始后才能完成召回'],
    ['2026-03-10', null, null],
    ['2026-03-12', '2026-03-13', '已安排在2026-03-13处理，当天或之后才能完成召回'],
    ['2026-03-13', '2026-03-13', null],
  ])('on %s with the appointment on %s: %s', (today, scheduledOn, reason) => {
    expect(requestBlockedReason(complete, { today, recallStartDate: '2026-03-10', scheduledOn })).toBe(reason);
  });
});
