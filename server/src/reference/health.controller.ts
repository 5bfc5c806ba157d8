import { Config, Controller, Get } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import type { THealthResponse } from '@recall/shared';
import { DataSource } from 'typeorm';
import type { Env } from '../core/env';

@Controller('/api')
export class HealthController {
  @Config('env')
  env!: Env;

  @InjectDataSource()
  db!: DataSource;

  /** Cheapest endpoint: the baseline every benchmark is measured against. */
  @Get('/health')
  health(): THealthResponse {
    return { status: 'ok', db: this.env.dbKind };
  }
}
