import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  CATEGORIES,
  clueTransferLevels,
  clueUnitsOf,
  DOC_TYPE_KEYS,
  docLabel,
  getProvinceProfile,
  profileBureaus,
  TBureauListResponse,
} from '@recall/shared';
import { DataSource } from 'typeorm';
import { commandTransaction } from '../core/tx';
import { Bureau, Category } from '../db/entity';
import type { Env } from '../core/env';
import { AuditService } from '../core/audit.service';

/** Loads the configured province's bureaus and the category table into an empty database. */
@Provide()
export class ReferenceDataService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  audit!: AuditService;

  async ensure(): Promise<void> {
    const profile = getProvinceProfile(this.env.PROVINCE);
    await commandTransaction(this.db, async (m) => {
      if ((await m.count(Bureau)) === 0) {
        const rows = profileBureaus(profile).map((b) => ({ ...b, province: profile.id }));
        await m.insert(Bureau, rows);
        await this.audit.record(m, {
          actorId: null,
          action: 'reference.bureaus.loaded',
          entityType: 'bureau',
          entityId: profile.id,
          detail: { count: rows.length },
        });
      }
      if ((await m.count(Category)) === 0) {
        await m.insert(
          Category,
          Object.entries(CATEGORIES).map(([code, name]) => ({ code, name })),
        );
      }
    });
  }

  async bureaus(): Promise<TBureauListResponse> {
    const items = await this.db
      .getRepository(Bureau)
      .find({ where: { province: this.env.PROVINCE }, order: { code: 'ASC' } });
    const profile = getProvinceProfile(this.env.PROVINCE);
    return {
      province: this.env.PROVINCE,
      provinceName: profile.name,
      items: items.map(({ code, name, level }) => ({ code, name, level })),
      references: profile.documents.references,
      documents: Object.fromEntries(DOC_TYPE_KEYS.map((t) => [t, docLabel(profile.documents, t)])),
      transferLevels: clueTransferLevels(profile),
      workingDays: { notifyProducer: profile.workflow.deadlines.notifyProducerWorkingDays },
      clueUnits: clueUnitsOf(profile),
    };
  }
}
