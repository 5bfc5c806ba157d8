import { Config, Controller } from '@midwayjs/core';
import { API } from '@recall/shared';
import { InjectDataSource } from '@midwayjs/typeorm';
import type { THealthResponse, TReadyResponse } from '@recall/shared';
import { DataSource } from 'typeorm';
import type { Env } from '../core/env';
import { ApiError } from '../core/errors';
import { Route } from '../core/route';

/** A readiness probe must answer in time even when the database black-holes its packets. */
const READY_TIMEOUT_MS = 2000;

@Controller('/api')
export class HealthController {
  @Config('env')
  env!: Env;

  @InjectDataSource()
  db!: DataSource;

  /**
   * Liveness: the process answers. Never touches the database, so an outage does not get a healthy
   * process restarted; the cheapest endpoint, the baseline every benchmark is measured against.
   */
  @Route(API.reference.health)
  health(): THealthResponse {
    return { status: 'ok', db: this.env.dbKind };
  }

  /** Readiness: whether requests can be served now, i.e. the database answers a trivial query. */
  @Route(API.reference.ready)
  async ready(): Promise<TReadyResponse> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.db.query('SELECT 1'), timeout]);
    } catch {
      const name = this.env.dbKind === 'mysql' ? 'MySQL' : 'SQLite';
      throw new ApiError(503, 'DB_UNAVAILABLE', `数据库（${name}）暂时不可用，请稍后再试`);
    } finally {
      clearTimeout(timer);
    }
    return { status: 'ready', db: this.env.dbKind };
  }
}
