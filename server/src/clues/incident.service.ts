import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  CASE_STATES,
  getProvinceProfile,
  harmSummary,
  incidentInjury,
  INCIDENT_STAGES,
  regionFullName,
  type CaseState,
  type IncidentStage,
  type TIncidentCreateRequest,
  type TIncidentHarm,
  type TIncidentListResponse,
  type TIncidentView,
} from '@recall/shared';
import { DataSource, In } from 'typeorm';
import type { Caller } from '../core/auth';
import type { Env } from '../core/env';
import { forbidden, notFound } from '../core/errors';
import { Clue, IncidentReport, Producer, RecallCase } from '../db/entity';
import type { ContactMode } from './clue-view';
import { ClueService } from './clue.service';

/**
 * The clue's description: the bureau's inbox and clue page read the whole report from it. `basis`
 * is the province's rule on reporting accidents, from its profile (办法 第四条, 辽 第三条).
 */
function clueDescription(producerName: string, b: TIncidentCreateRequest, where: string, basis: string): string {
  return [
    `【生产者事故报告】${producerName}报告（${basis}）`,
    `事发时间：${b.occurredOn}；事发地点：${where}`,
    `伤亡及损失：${harmSummary(b.harm)}`,
    `事故经过：${b.description}`,
    `已采取的措施：${b.measures}`,
  ].join('\n');
}

/**
 * Producers' incident reports (事故/伤害报告, 办法 第四条): filed by a producer's customer service for
 * its own company, each one becomes a clue (source `producerIncident`) routed by the province
 * profile like any other, so it reaches the city bureau's inbox at once and, for a death or a
 * serious injury, the province too (see routeClue); the bureaus are notified through the outbox.
 */
@Provide()
export class IncidentService {
  @InjectDataSource()
  db!: DataSource;

  @Inject()
  clues!: ClueService;

  @Config('env')
  env!: Env;

  async create(caller: Caller, body: TIncidentCreateRequest, idempotencyKey?: string): Promise<TIncidentView> {
    const uscc = caller.org;
    if (caller.role !== 'producer' || !uscc) throw forbidden('只有生产者账号可以报告事故');
    const producer = await this.db.getRepository(Producer).findOneBy({ uscc });
    const producerName = producer?.name ?? uscc;
    const where = `${regionFullName(body.regionCode) ?? body.regionCode}${body.place ?? ''}`;
    const clue = await this.clues.createClue(
      caller,
      {
        source: 'producerIncident',
        categoryCode: body.categoryCode,
        productName: body.productName,
        brand: body.brand,
        model: body.model,
        batch: body.batch,
        productionDate: body.productionDate,
        gtin: body.gtin,
        producerName,
        producerUscc: uscc,
        description: clueDescription(
          producerName,
          body,
          where,
          getProvinceProfile(this.env.PROVINCE).documents.references.incidentReport,
        ),
        injury: incidentInjury(body.harm),
        fire: body.harm.fire,
        regionCode: body.regionCode,
        contact: { name: body.contact.name, phone: body.contact.phone, address: body.contact.address ?? '' },
        photoIds: body.photoIds,
        // Passing a clue to another province shares no contact of the producer's reporter.
        shareConsent: false,
      },
      idempotencyKey,
      {
        request: body,
        attach: async (m, c) => {
          await m.insert(IncidentReport, {
            clueId: c.id,
            producerUscc: uscc,
            reportedBy: caller.userId,
            occurredOn: body.occurredOn,
            place: body.place || null,
            narrative: body.description,
            deaths: body.harm.deaths,
            seriousInjuries: body.harm.seriousInjuries,
            minorInjuries: body.harm.minorInjuries,
            propertyDamage: body.harm.propertyDamage || null,
            measures: body.measures,
          });
        },
      },
    );
    return this.viewOf(clue, 'full', false);
  }

  /** The producer's own reports, every account of the company, newest first. */
  async mine(caller: Caller): Promise<TIncidentListResponse> {
    const rows = await this.db
      .getRepository(IncidentReport)
      .find({ where: { producerUscc: caller.org ?? '' }, order: { clueId: 'DESC' }, take: 100 });
    const clues = rows.length ? await this.db.getRepository(Clue).findBy({ id: In(rows.map((r) => r.clueId)) }) : [];
    const byId = new Map(clues.map((c) => [c.id, c]));
    const items = await Promise.all(
      rows.filter((r) => byId.has(r.clueId)).map((r) => this.viewOf(byId.get(r.clueId)!, 'full', false, r)),
    );
    return { items, total: items.length };
  }

  /**
   * To the reporting producer (any of its accounts) and the bureaus the clue reaches, as the clue
   * itself (handler in full, copied masked); anyone else: 404, whether or not it exists.
   */
  async view(caller: Caller, id: number): Promise<TIncidentView> {
    const [report, clue] = await Promise.all([
      this.db.getRepository(IncidentReport).findOneBy({ clueId: id }),
      this.db.getRepository(Clue).findOneBy({ id }),
    ]);
    const mode: ContactMode | undefined =
      report && clue
        ? caller.role === 'producer'
          ? report.producerUscc === caller.org
            ? 'full'
            : undefined
          : await this.clues.access(caller, clue)
        : undefined;
    if (!report || !clue || !mode) throw notFound('没有找到这份事故报告', 'INCIDENT_NOT_FOUND');
    return this.viewOf(clue, mode, caller.role !== 'producer', report);
  }

  /** `staffViewer`: a bureau reads it (photos WeChat has not cleared yet are held back, as on the clue). */
  private async viewOf(
    clue: Clue,
    mode: ContactMode,
    staffViewer: boolean,
    found?: IncidentReport,
  ): Promise<TIncidentView> {
    const report = found ?? (await this.db.getRepository(IncidentReport).findOneByOrFail({ clueId: clue.id }));
    const [view, opened] = await Promise.all([
      this.clues.render(clue, mode, true, staffViewer),
      this.db.getRepository(RecallCase).findOne({ where: { clueId: clue.id }, order: { id: 'ASC' } }),
    ]);
    const harm: TIncidentHarm = {
      deaths: report.deaths,
      seriousInjuries: report.seriousInjuries,
      minorInjuries: report.minorInjuries,
      fire: !!clue.fire,
      ...(report.propertyDamage ? { propertyDamage: report.propertyDamage } : {}),
    };
    const stage: IncidentStage = opened
      ? 'case'
      : clue.status === 'merged' || clue.status === 'rejected'
        ? clue.status
        : clue.status === 'verifying'
          ? 'handling'
          : 'received';
    return {
      id: clue.id,
      receiptNo: clue.receiptNo,
      status: view.status,
      stage,
      stageLabel: INCIDENT_STAGES[stage],
      producerName: clue.producerName ?? report.producerUscc,
      producerUscc: report.producerUscc,
      categoryCode: view.categoryCode,
      productName: clue.productName,
      brand: clue.brand,
      model: clue.model,
      batch: clue.batch,
      productionDate: clue.productionDate,
      gtin: clue.gtin,
      occurredOn: report.occurredOn,
      regionCode: clue.regionCode,
      regionName: view.regionName,
      place: report.place,
      description: report.narrative,
      harm,
      harmSummary: harmSummary(harm),
      injury: view.injury,
      measures: report.measures,
      contact: view.contact,
      photos: view.photos,
      routing: view.routing,
      recalls: view.recalls,
      case: opened
        ? {
            id: opened.id,
            state: opened.state,
            stateLabel: CASE_STATES[opened.state as CaseState] ?? opened.state,
          }
        : null,
      timeline: view.timeline,
      createdAt: view.createdAt,
    };
  }
}
