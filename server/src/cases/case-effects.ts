import { Config, Inject, Provide } from '@midwayjs/core';
import { computeDeadline, getProvinceProfile, stageSummaryDue, type CaseEffect, type CaseStep } from '@recall/shared';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../core/auth';
import type { Env } from '../core/env';
import type { CaseDocument, RecallCase } from '../db/entity';
import { ClueService } from '../clues/clue.service';
import type { FormData } from './forms';
import { PublicationService } from './publication.service';
import { WorkingCalendarService } from '../core/working-calendar.service';

/** What an effect works on: the case (changed in place, saved with the step), the forms filed, today. */
export interface EffectInput {
  m: EntityManager;
  caller: Caller;
  c: RecallCase;
  forms: Record<string, FormData>;
  today: string;
  /** For a receipt: the notice it confirms, and the day it was actually received. */
  notice?: CaseDocument;
  receivedOn?: string;
}

/** True when the public recall changed, so the search index must be refreshed after the commit. */
type Effect = (x: EffectInput) => Promise<boolean>;

/**
 * The case table's named effects, one implementation each: a step lists the names, the server
 * runs them in that order inside the step's transaction. No effect is chosen by the step's name.
 */
@Provide()
export class CaseEffects {
  @Config('env')
  env!: Env;

  @Inject()
  publication!: PublicationService;

  @Inject()
  clues!: ClueService;

  @Inject()
  calendar!: WorkingCalendarService;

  private get policy() {
    return getProvinceProfile(this.env.PROVINCE).workflow;
  }

  private readonly effects: Record<CaseEffect, Effect> = {
    // 第十五条: the accepted plan is published with its 新闻稿; stage summaries fall due every 3 months.
    publishRecall: async ({ m, caller, c, forms, today }) => {
      const recall = await this.publication.publish(m, caller, c, forms.press_release);
      Object.assign(c, {
        recallId: recall.id,
        recallStartOn: recall.startDate,
        planAcceptedOn: today,
        stageSummaries: 0,
      });
      c.stageDueOn = stageSummaryDue(recall.startDate, 1, this.policy);
      return true;
    },
    countStageSummary: async ({ c, today }) => {
      c.stageSummaries += 1;
      c.stageDueOn = stageSummaryDue(c.recallStartOn ?? today, c.stageSummaries + 1, this.policy);
      return false;
    },
    completeRecall: async ({ m, caller, c }) => {
      c.stageDueOn = null;
      await this.publication.setStatus(m, caller, c, 'completed', '召回计划实施完成');
      return true;
    },
    rerecall: async ({ m, caller, c }) => {
      c.stageDueOn = null;
      await this.publication.setStatus(m, caller, c, 'rerecall', '监管部门通知重新实施召回');
      return true;
    },
    // 附件4: the 10 working days for a plan or an objection run from receipt of the recall notice.
    // A paper delivery counts from the day on its receipt, not the day the bureau records it.
    startReplyClock: async ({ m, c, notice, today, receivedOn }) => {
      if (notice?.docType === 'recall_notice' && c.dueKind === 'plan_or_objection' && !c.dueOn) {
        const from = receivedOn ?? today;
        const d = computeDeadline('plan_or_objection', from, this.policy, await this.calendar.load(m));
        Object.assign(c, { dueKind: d.kind, dueOn: d.dueOn, dueProvisional: d.provisional, dueFrom: from });
      }
      return false;
    },
    noteOnClue: async ({ m, c }) => {
      if (c.clueId) await this.clues.tellCaseOpened(m, c.clueId, c.id, c.bureauCode);
      return false;
    },
  };

  /** Runs the step's effects in order; whether any changed the public recall. */
  async run(step: CaseStep, x: EffectInput): Promise<boolean> {
    let published = false;
    for (const name of step.effects ?? []) published = (await this.effects[name](x)) || published;
    return published;
  }
}
