import { Config, ILogger, Inject, Logger, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import fs from 'fs';
import path from 'path';
import { DataSource } from 'typeorm';
import { Recall } from '../db/entity';
import type { Env } from '../core/env';
import { RecallImportService } from './recall-import.service';

/** Demo recalls built from the cases in the reference bulletins; marked demo everywhere they show. */
export const DEMO_RECALLS_FILE = path.resolve(__dirname, '../../../config/demo/recalls.jsonl');

@Provide()
export class DemoDataService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  importer!: RecallImportService;

  @Logger()
  logger!: ILogger;

  async loadIfEmpty(): Promise<void> {
    if (this.env.DEMO_DATA === 'off' || (await this.db.getRepository(Recall).count()) > 0) return;
    const result = await this.importer.importText(fs.readFileSync(DEMO_RECALLS_FILE, 'utf8'), {
      actorId: null,
      demo: true,
    });
    if (result.rejected.length) this.logger.warn('demo recalls rejected: %j', result.rejected);
    this.logger.info('loaded %d demo recalls', result.imported);
  }
}
