import {
  App,
  Configuration,
  HTTP_SERVER_KEY,
  ILifeCycle,
  IMidwayContainer,
  Inject,
  MidwayDecoratorService,
  MidwayLoggerService,
} from '@midwayjs/core';
import type { Server } from 'http';
import * as koa from '@midwayjs/koa';
import * as staticFile from '@midwayjs/static-file';
import * as typeorm from '@midwayjs/typeorm';
import { join } from 'path';
import { ROUTE_KEY, routeMethodHandler } from './core/route';
import { appErrorHandler } from './core/access-log';
import { ErrorFilter } from './core/error.filter';
import { answerClientErrors } from './core/client-error';
import { appEnv } from './core/announce';
import { securityHeaders } from './core/security-headers';
import { RequestMiddleware } from './core/request.middleware';
import { StaticCacheMiddleware } from './core/static-cache';
import { SharedStore } from './core/shared-store';
import { DemoDataService } from './recalls/demo-data.service';
import { RecallIndexService } from './recalls/recall-index.service';
import { WorkingCalendarService } from './core/working-calendar.service';
import { ReferenceDataService } from './reference/reference-data.service';

@Configuration({
  imports: [koa, typeorm, staticFile],
  importConfigs: [join(__dirname, './config')],
})
export class MainConfiguration implements ILifeCycle {
  @App('koa')
  app!: koa.Application;

  @Inject()
  decorators!: MidwayDecoratorService;

  @Inject()
  loggers!: MidwayLoggerService;
  /** Redis (REDIS_URL) is reached first, before the database, or the start fails here, not at the first sign-in. */
  async onConfigLoad(container: IMidwayContainer): Promise<void> {
    await container.getAsync(SharedStore);
    // No file of the h5 app lives under /api/: API requests skip the static-file lookup, which
    // otherwise looks for each of them on disk (a stat per request, 6% of a search's CPU).
    const statics = await container.getAsync(staticFile.StaticMiddleware);
    Object.assign(statics, { ignore: (ctx: { path: string }) => ctx.path.startsWith('/api/') });
  }

  async onReady(container: IMidwayContainer) {
    // First, before the static files of the h5 app, so that every answer gets its id and headers.
    // Then the h5 files' caching, around the static files (inserted first, so it ends up second).
    this.app.getMiddleware().insertFirst(StaticCacheMiddleware as never);
    this.app.getMiddleware().insertFirst(RequestMiddleware as never);
    this.app.useFilter([ErrorFilter]);
    // Instead of the framework's multi-line logging of stream errors: JSON, and silent on client aborts.
    const access = this.loggers.getLogger('accessLogger');
    this.app.removeAllListeners('error');
    this.app.on(
      'error',
      appErrorHandler((line) => access.error(line)),
    );
    // Every route is declared once, in the table of @recall/shared: access and input are checked here.
    this.decorators.registerMethodHandler(ROUTE_KEY, routeMethodHandler as never);
    await (await container.getAsync(ReferenceDataService)).ensure();
    // The working calendar: shipped years plus those entered at run time (the CLI needs no poller).
    await (await container.getAsync(WorkingCalendarService)).start(!process.env.MIDWAY_CLI);
    // The admin CLI boots the same app: it must not load demo data nor keep a poller running.
    if (process.env.MIDWAY_CLI) return;
    await (await container.getAsync(DemoDataService)).loadIfEmpty();
    await (await container.getAsync(RecallIndexService)).start();
  }

  /** The HTTP server exists now: requests Node refuses itself get the contract's body too. */
  async onServerReady(container: IMidwayContainer) {
    if (process.env.MIDWAY_CLI) return;
    const server = container.get<Server>(HTTP_SERVER_KEY);
    if (server) answerClientErrors(server, securityHeaders(appEnv(container).webRoot));
  }
}
