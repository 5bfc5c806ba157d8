import { App, Configuration, ILifeCycle, IMidwayContainer, Inject, MidwayDecoratorService } from '@midwayjs/core';
import * as koa from '@midwayjs/koa';
import * as staticFile from '@midwayjs/static-file';
import * as typeorm from '@midwayjs/typeorm';
import { join } from 'path';
import { ROUTE_KEY, routeMethodHandler } from './core/route';
import { ErrorFilter } from './core/error.filter';
import { RequestMiddleware } from './core/request.middleware';
import { SharedStore } from './core/shared-store';
import { DemoDataService } from './recalls/demo-data.service';
import { RecallIndexService } from './recalls/recall-index.service';
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

  /** Redis (REDIS_URL) is reached first, before the database, or the start fails here, not at the first sign-in. */
  async onConfigLoad(container: IMidwayContainer): Promise<void> {
    await container.getAsync(SharedStore);
  }

  async onReady(container: IMidwayContainer) {
    // First, before the static files of the h5 app, so that every answer gets its id and headers.
    this.app.getMiddleware().insertFirst(RequestMiddleware as never);
    this.app.useFilter([ErrorFilter]);
    // Every route is declared once, in the table of @recall/shared: access and input are checked here.
    this.decorators.registerMethodHandler(ROUTE_KEY, routeMethodHandler as never);
    await (await container.getAsync(ReferenceDataService)).ensure();
    // The admin CLI boots the same app: it must not load demo data nor keep a poller running.
    if (process.env.MIDWAY_CLI) return;
    await (await container.getAsync(DemoDataService)).loadIfEmpty();
    await (await container.getAsync(RecallIndexService)).start();
  }
}
