import { REMEDIES, ZRemedy } from '../src';
import {
  Actor,
  CASE_ACTIONS,
  CASE_ENTRIES,
  CASE_STATE_KEYS,
  CASE_STATES,
  CaseState,
  DEADLINE_KINDS,
  DOC_FORMS,
  DOC_TYPES,
  DocType,
  LEGAL_ACTS,
  NUMBERED_DOCS,
  PLAN_CRITERIA,
  TRANSITIONS,
  findTransition,
  hasDocNumber,
  isLegalAct,
  isNumberedDoc,
  needsReceipt,
  transitionsFrom,
} from '../src/staff';

const ACTORS: Actor[] = ['handler', 'province', 'producer'];
const isState = (s: string): s is CaseState => s in CASE_STATES;

/** Where each state leads in one step ('same' stays put). */
function successors(state: CaseState): CaseState[] {
  return TRANSITIONS.filter((t) => t.from.includes(state)).map((t) => (t.to === 'same' ? state : t.to));
}

/** Every state reachable from `start` (breadth-first, `start` included). */
function reachableFrom(start: CaseState): Set<CaseState> {
  const seen = new Set<CaseState>([start]);
  const queue: CaseState[] = [start];
  while (queue.length) {
    for (const next of successors(queue.shift()!)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('the transition table is well formed', () => {
  it.each(TRANSITIONS.map((t) => [t.action, t] as const))('%s: states, documents, actors, deadline', (_, t) => {
    expect(t.from.length).toBeGreaterThan(0);
    for (const s of t.from) expect(isState(s)).toBe(true);
    expect(t.to === 'same' || isState(t.to)).toBe(true);
    for (const d of t.documents) expect(Object.keys(DOC_TYPES)).toContain(d);
    expect(t.actors.length).toBeGreaterThan(0);
    for (const a of t.actors) expect(ACTORS).toContain(a);
    if (t.starts !== undefined && t.starts !== null) expect(Object.keys(DEADLINE_KINDS)).toContain(t.starts);
    expect(t.label).not.toBe('');
    expect(t.basis).not.toBe('');
  });

  it('actions are unique and CASE_ACTIONS lists them in order', () => {
    const actions = TRANSITIONS.map((t) => t.action);
    expect(new Set(actions).size).toBe(actions.length);
    expect(CASE_ACTIONS).toEqual(actions);
  });

  it('no transition lists a from-state twice', () => {
    for (const t of TRANSITIONS) expect(new Set(t.from).size).toBe(t.from.length);
  });

  it.each(TRANSITIONS.map((t) => [t.action]))('findTransition(%s) finds it', (action) => {
    expect(findTransition(action)?.action).toBe(action);
  });

  it('findTransition of an unknown action is undefined', () => {
    expect(findTransition('delete_case')).toBeUndefined();
  });

  it('CASE_STATE_KEYS are the keys of CASE_STATES', () => {
    expect(CASE_STATE_KEYS).toEqual(Object.keys(CASE_STATES));
  });

  it.each(Object.entries(CASE_ENTRIES))('entry %s leads to a real state with real documents', (_, e) => {
    expect(isState(e.to)).toBe(true);
    for (const d of e.documents) expect(Object.keys(DOC_TYPES)).toContain(d);
    if (e.starts !== null) expect(Object.keys(DEADLINE_KINDS)).toContain(e.starts);
  });
});

describe('the workflow graph', () => {
  const entryStates = Object.values(CASE_ENTRIES).map((e) => e.to as CaseState);

  it('the entries are 立案 (opened) and 主动召回 (plan_submitted)', () => {
    expect(entryStates).toEqual(['opened', 'plan_submitted']);
  });

  it('archived is the only state without a way out', () => {
    const finals = CASE_STATE_KEYS.filter((s) => successors(s).length === 0);
    expect(finals).toEqual(['archived']);
  });

  it.each(CASE_STATE_KEYS.filter((s) => s !== 'archived').map((s) => [s]))(
    '%s has a transition to another state',
    (s) => {
      expect(successors(s).some((n) => n !== s)).toBe(true);
    },
  );

  it('every state is reachable from opened or from the voluntary entry', () => {
    const reached = new Set(entryStates.flatMap((s) => [...reachableFrom(s)]));
    expect(CASE_STATE_KEYS.filter((s) => !reached.has(s))).toEqual([]);
  });

  it('opened alone reaches every state', () => {
    expect([...reachableFrom('opened')].sort()).toEqual([...CASE_STATE_KEYS].sort());
  });

  it.each([['opened'], ['plan_submitted']] as const)('archived is reachable from %s', (start) => {
    expect(reachableFrom(start).has('archived')).toBe(true);
  });

  it.each(CASE_STATE_KEYS.map((s) => [s]))('archived is reachable from %s (no dead end)', (s) => {
    expect(reachableFrom(s).has('archived')).toBe(true);
  });

  it('the voluntary entry never goes back to the bureau-led states before the plan', () => {
    const reached = reachableFrom('plan_submitted');
    for (const s of ['opened', 'investigation_notified', 'report_received', 'defect_investigation'] as const)
      expect(reached.has(s)).toBe(false);
  });
});

describe('transitionsFrom: who may do what in each state', () => {
  const actions = (state: CaseState, actors: Actor[]) =>
    transitionsFrom(state, actors)
      .map((t) => t.action)
      .sort();

  it.each<[CaseState, Actor, string[]]>([
    ['opened', 'handler', ['notify_investigation', 'start_defect_investigation']],
    ['opened', 'province', []],
    ['opened', 'producer', []],
    ['investigation_notified', 'handler', ['investigate_overdue']],
    ['investigation_notified', 'province', []],
    ['investigation_notified', 'producer', ['submit_plan', 'submit_report']],
    ['report_received', 'handler', ['accept_no_defect', 'start_defect_investigation']],
    ['report_received', 'producer', ['submit_plan']],
    ['defect_investigation', 'handler', ['accept_no_defect', 'issue_recall_notice']],
    ['defect_investigation', 'producer', ['submit_plan']],
    ['recall_notified', 'handler', ['escalate']],
    ['recall_notified', 'province', []],
    ['recall_notified', 'producer', ['file_objection', 'submit_plan']],
    ['objection_filed', 'handler', []],
    ['objection_filed', 'province', ['reject_objection', 'uphold_objection']],
    ['objection_filed', 'producer', []],
    ['objection_rejected', 'handler', ['escalate']],
    ['objection_rejected', 'producer', ['submit_plan']],
    ['escalated', 'handler', []],
    ['escalated', 'province', ['forward_samr']],
    ['escalated', 'producer', ['submit_plan']],
    ['samr_ordered', 'handler', []],
    ['samr_ordered', 'producer', ['submit_plan']],
    ['plan_submitted', 'handler', ['accept_plan', 'return_plan']],
    ['plan_submitted', 'producer', []],
    ['plan_returned', 'handler', []],
    ['plan_returned', 'producer', ['submit_plan']],
    ['recalling', 'handler', ['order_rerecall']],
    ['recalling', 'producer', ['complete_plan', 'submit_stage_summary']],
    ['plan_completed', 'handler', ['order_rerecall']],
    ['plan_completed', 'producer', ['submit_final_summary']],
    ['summarized', 'handler', ['archive', 'order_rerecall']],
    ['summarized', 'producer', []],
    ['rerecall_ordered', 'handler', []],
    ['rerecall_ordered', 'producer', ['submit_plan']],
    ['closed_no_defect', 'handler', ['archive']],
    ['closed_no_defect', 'producer', []],
    ['archived', 'handler', []],
    ['archived', 'province', []],
    ['archived', 'producer', []],
  ])('(%s, %s) → %j', (state, actor, expected) => {
    expect(actions(state, [actor])).toEqual([...expected].sort());
  });

  it('several actors get the union of their actions', () => {
    expect(actions('recall_notified', ['handler', 'producer'])).toEqual(['escalate', 'file_objection', 'submit_plan']);
    expect(actions('objection_filed', ['handler', 'province'])).toEqual(['reject_objection', 'uphold_objection']);
  });

  it('no actors, no actions', () => {
    expect(actions('recall_notified', [])).toEqual([]);
  });
});

describe('reasons, guards and documents', () => {
  const REASON_REQUIRED = [
    'accept_no_defect',
    'return_plan',
    'order_rerecall',
    'uphold_objection',
    'reject_objection',
    'escalate',
    'forward_samr',
    'request_supplement',
  ];

  it.each(REASON_REQUIRED.map((a) => [a]))('%s requires a written reason', (action) => {
    expect(findTransition(action)?.note).toBe('required');
  });

  it('no other transition requires a reason', () => {
    const required = TRANSITIONS.filter((t) => t.note === 'required').map((t) => t.action);
    expect(required.sort()).toEqual([...REASON_REQUIRED].sort());
  });

  it.each<[string, string[]]>([
    ['file_objection', ['receiptConfirmed', 'withinDeadline']],
    ['escalate', ['deadlinePassed']],
    ['investigate_overdue', ['deadlinePassed']],
    ['submit_report', ['receiptConfirmed']],
    ['submit_plan', ['receiptConfirmed']],
    ['complete_plan', ['recallUnderway']],
    ['issue_recall_notice', []],
  ])('%s is guarded by %j', (action, guards) => {
    expect([...(findTransition(action)?.guards ?? [])].sort()).toEqual([...guards].sort());
  });

  it('withinDeadline and deadlinePassed never guard the same transition', () => {
    for (const t of TRANSITIONS)
      expect(t.guards?.includes('withinDeadline') && t.guards?.includes('deadlinePassed')).toBeFalsy();
  });

  it('NUMBERED_DOCS are exactly the notices of annex 1, 3 and 4', () => {
    expect(NUMBERED_DOCS.map((d) => DOC_TYPES[d].annex)).toEqual([1, 3, 4]);
    const byAnnex = Object.entries(DOC_TYPES)
      .filter(([, d]) => d.annex === 1 || d.annex === 3 || d.annex === 4)
      .map(([k]) => k);
    expect([...NUMBERED_DOCS].sort()).toEqual(byAnnex.sort());
  });

  it.each(Object.keys(DOC_TYPES).map((k) => [k]))('isNumberedDoc(%s) agrees with NUMBERED_DOCS', (k) => {
    expect(isNumberedDoc(k as keyof typeof DOC_TYPES)).toBe((NUMBERED_DOCS as readonly string[]).includes(k));
  });

  it('numbered notices are issued by the bureau and carry a document word (文号)', () => {
    for (const d of NUMBERED_DOCS) {
      expect(DOC_TYPES[d].party).toBe('bureau');
      expect(DOC_TYPES[d].word).toBeTruthy();
    }
  });

  it('annexes 1–10 appear once each', () => {
    const annexes = Object.values(DOC_TYPES)
      .map((d) => d.annex)
      .filter((a): a is NonNullable<typeof a> => a !== null)
      .sort((a, b) => a - b);
    expect(annexes).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('a transition files only documents of its own side', () => {
    for (const t of TRANSITIONS) {
      for (const d of t.documents) {
        const party = DOC_TYPES[d].party;
        if (party === 'producer') expect(t.actors).toContain('producer');
        else expect(t.actors.some((a) => a !== 'producer')).toBe(true);
      }
    }
  });
});

describe('legal acts are documents (办法 第十七条; 苏 第十四、十七、十九条)', () => {
  it.each<[string, string, string | null, boolean]>([
    // action, the act it files, who it goes to besides the producer, whether the producer receipts it
    ['uphold_objection', 'decision', null, true],
    ['reject_objection', 'decision', null, true],
    ['return_plan', 'plan_return', null, true],
    ['order_rerecall', 'rerecall_notice', null, true],
    ['escalate', 'escalation_report', 'province', false],
    ['forward_samr', 'samr_report', 'samr', false],
  ])('%s files %s (to: %s, receipted: %s)', (action, act, to, receipted) => {
    const t = findTransition(action)!;
    expect(t.documents).toEqual([act]);
    expect(isLegalAct(t.documents[0])).toBe(true);
    expect(hasDocNumber(t.documents[0])).toBe(true);
    const meta = DOC_TYPES[t.documents[0]];
    expect('to' in meta ? meta.to : null).toBe(to);
    expect(needsReceipt(t.documents[0])).toBe(receipted);
    expect(t.note).toBe('required');
  });

  it.each<[string, string | undefined]>([
    ['uphold_objection', 'upheld'],
    ['reject_objection', 'rejected'],
    ['escalate', undefined],
  ])('%s decides %s', (action, result) => {
    expect(findTransition(action)!.decides).toBe(result);
  });

  it('the re-determination is the province’s act, and the objection is addressed to the province', () => {
    expect(DOC_TYPES.decision).toMatchObject({ issuer: 'province', party: 'bureau' });
    expect(DOC_TYPES.objection).toMatchObject({ to: 'province', party: 'producer' });
    for (const a of ['uphold_objection', 'reject_objection', 'forward_samr'])
      expect(findTransition(a)!.actors).toEqual(['province']);
  });

  it('every act has its own document word, distinct from the notices', () => {
    const words = [...NUMBERED_DOCS, ...LEGAL_ACTS].map((d) => (DOC_TYPES[d] as { word: string }).word);
    expect(new Set(words).size).toBe(words.length);
  });

  it('accepting a plan may record the same review, kept by the bureau (no number, no receipt)', () => {
    expect(findTransition('accept_plan')!.documents).toEqual(['press_release', 'plan_review']);
    expect(hasDocNumber('plan_review')).toBe(false);
    expect(needsReceipt('plan_review')).toBe(false);
    expect(DOC_FORMS.plan_review.fields).toEqual(DOC_FORMS.plan_return.fields);
  });

  it('the plan return lists the four criteria of 第十四条 as 符合 / 不符合', () => {
    expect(PLAN_CRITERIA.map(([, label]) => label)).toEqual(['批次准确', '数量真实', '内容完整', '措施可行']);
    for (const [key] of PLAN_CRITERIA) {
      const f = DOC_FORMS.plan_return.fields.find((x) => x.key === key)!;
      expect(f).toMatchObject({ kind: 'select', options: { met: '符合', unmet: '不符合' } });
    }
  });

  it.each(Object.keys(DOC_TYPES).map((k) => [k as DocType]))(
    'needsReceipt(%s) = numbered and addressed to the producer',
    (k) => {
      expect(needsReceipt(k)).toBe(hasDocNumber(k) && !('to' in DOC_TYPES[k]));
    },
  );
});

describe('remedies', () => {
  it('include 无害化处理 (办法 第六条)', () => {
    expect(REMEDIES.disposal).toBe('无害化处理');
    expect(ZRemedy.parse('disposal')).toBe('disposal');
  });
});
