import {
  App,
  Configuration,
  ILifeCycle,
  IMidwayContainer,
  Inject,
  MidwayDecoratorService,
  MidwayLoggerService,
} from '@midwayjs/core';
import * as koa from '@midwayjs/koa';
import * as staticFile from '@midwayjs/static-file';
import * as typeorm from '@midwayjs/typeorm';
import { join } from 'path';
import { ROUTE_KEY, routeMethodHandler } from './core/route';
import { appErrorHandler } from './core/access-log';
import { ErrorFilter } from './core/error.filter';
import { RequestMiddleware } from './core/request.middleware';
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

  @Inject()
  loggers!: MidwayLoggerService;

  async onReady(container: IMidwayContainer) {
    // First, before the static files of the h5 app, so that every answer gets its id and headers.
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
    // The admin CLI boots the same app: it must not load demo data nor keep a poller running.
    if (process.env.MIDWAY_CLI) return;
    await (await container.getAsync(DemoDataService)).loadIfEmpty();
    await (await container.getAsync(RecallIndexService)).start();
  }
}
