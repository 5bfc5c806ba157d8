import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { Route } from '../core/route';
import { CalendarEntryService } from './calendar-entry.service';

/** The working-day calendar as data: which years are covered, and entering one (province, admin). */
@Controller('/api')
export class CalendarController {
  @Inject()
  ctx!: Context;

  @Inject()
  entries!: CalendarEntryService;

  @Route(API.reference.calendar)
  async list() {
    return this.entries.list();
  }

  @Route(API.reference.enterCalendarYear)
  async enter({ body }: RouteInput<typeof API.reference.enterCalendarYear>) {
    return this.entries.enter(this.ctx.caller!.userId, body);
  }
}
