import {
  App,
  Configuration,
  ILifeCycle,
  IMidwayContainer,
  Inject,
  MidwayDecoratorService,
  REQUEST_OBJ_CTX_KEY,
} from '@midwayjs/core';
import * as koa from '@midwayjs/koa';
import * as staticFile from '@midwayjs/static-file';
import * as typeorm from '@midwayjs/typeorm';
import { join } from 'path';
import { AUTH_KEY, authMethodHandler } from './core/auth';
import { ZOD_PARAM_KEY, ZodParamOptions, zodParamHandler } from './core/zod';
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

  async onReady(container: IMidwayContainer) {
    this.app.useMiddleware([RequestMiddleware]);
    this.app.useFilter([ErrorFilter]);
    // Midway passes the controller instance (not in its typings); its request context holds the input.
    this.decorators.registerParameterHandler(ZOD_PARAM_KEY, (options) => {
      const { instance, metadata } = options as typeof options & { instance: Record<string, koa.Context> };
      return zodParamHandler(instance[REQUEST_OBJ_CTX_KEY], metadata as ZodParamOptions);
    });
    this.decorators.registerMethodHandler(AUTH_KEY, authMethodHandler as never);
    await (await container.getAsync(ReferenceDataService)).ensure();
    // The admin CLI boots the same app: it must not load demo data nor keep a poller running.
    if (process.env.MIDWAY_CLI) return;
    await (await container.getAsync(DemoDataService)).loadIfEmpty();
    await (await container.getAsync(RecallIndexService)).start();
  }
}
