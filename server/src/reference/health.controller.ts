import { Config, Controller } from '@midwayjs/core';
import { API } from '@recall/shared';
import { InjectDataSource } from '@midwayjs/typeorm';
import type { THealthResponse } from '@recall/shared';
import { DataSource } from 'typeorm';
import type { Env } from '../core/env';
import { Route } from '../core/route';

@Controller('/api')
export class HealthController {
  @Config('env')
  env!: Env;

  @InjectDataSource()
  db!: DataSource;

  /** Cheapest endpoint: the baseline every benchmark is measured against. */
  @Route(API.reference.health)
  health(): THealthResponse {
    return { status: 'ok', db: this.env.dbKind };
  }
}
