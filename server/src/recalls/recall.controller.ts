import { Config, Controller, Inject } from '@midwayjs/core';
import type { Env } from '../core/env';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput } from '@recall/shared';
import { conditional } from '../core/conditional';
import { atomFeed } from './atom-feed';
import { RecallQueryService } from './recall-query.service';
import { Route } from '../core/route';

/**
 * Public recall lookup (open data, no token); the staff import is RecallImportController. The
 * lookup is the busiest path, so this controller injects only what it reads (every request makes
 * one, with its request-scoped dependencies).
 */
@Controller('/api')
export class RecallController {
  @Inject()
  ctx!: Context;

  @Config('env')
  env!: Env;

  @Inject()
  recalls!: RecallQueryService;

  // List and check answer JSON text built from pre-serialised recalls (the hot paths).
  @Route(API.recalls.list)
  async list({ query }: RouteInput<typeof API.recalls.list>) {
    const { body, etag } = await this.recalls.list(query);
    this.ctx.type = 'application/json';
    return conditional(this.ctx, body, etag);
  }

  @Route(API.recalls.check)
  async check({ body }: RouteInput<typeof API.recalls.check>) {
    this.ctx.type = 'application/json';
    return this.recalls.check(body);
  }

  @Route(API.recalls.match)
  async match({ body }: RouteInput<typeof API.recalls.match>) {
    this.ctx.type = 'application/json';
    return this.recalls.match(body);
  }

  @Route(API.recalls.suggest)
  async suggest({ query }: RouteInput<typeof API.recalls.suggest>) {
    return this.recalls.suggest(query.q, this.ctx.ip);
  }

  @Route(API.recalls.changes)
  async changes({ query }: RouteInput<typeof API.recalls.changes>) {
    return this.recalls.changes(query);
  }

  @Route(API.recalls.detail)
  async detail({ params }: RouteInput<typeof API.recalls.detail>) {
    return this.recalls.detail(params.id);
  }

  @Route(API.recalls.feed)
  async feed() {
    this.ctx.type = 'application/atom+xml; charset=utf-8';
    return atomFeed(await this.recalls.latest(), this.env.publicBaseUrl);
  }
}
