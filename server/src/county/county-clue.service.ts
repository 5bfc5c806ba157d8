import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  countyBureauName,
  usccCounty,
  type TClueView,
  type TCountyClueListQuery,
  type TCountyClueListResponse,
  type TStaffClueCreateRequest,
} from '@recall/shared';
import { DataSource, In, Like, type FindOptionsWhere } from 'typeorm';
import type { Caller } from '../core/auth';
import type { Env } from '../core/env';
import { notFound } from '../core/errors';
import { Clue, User } from '../db/entity';
import { ClueService } from '../clues/clue.service';
import { countyOf } from './county-access';

const WHY_LABELS = { region: '消费者在本县', producer: '生产者在本县', entered: '本局录入' } as const;
type Why = keyof typeof WHY_LABELS;

/**
 * A county bureau's clues (苏 第六条 信息收集): those whose place lies in its county — the reporter's
 * region or the producer's registration (USCC 3–8) — and those it entered. Read-only: the city
 * bureau the profile routed them to handles them.
 */
@Provide()
export class CountyClueService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  clues!: ClueService;

  /** A clue the county enters is routed by the province profile like any staff entry; it records the county. */
  async enter(caller: Caller, body: TStaffClueCreateRequest, idempotencyKey?: string) {
    countyOf(caller, this.env.PROVINCE);
    return this.clues.create(caller, body, idempotencyKey);
  }

  async list(caller: Caller, q: TCountyClueListQuery): Promise<TCountyClueListResponse> {
    const { county } = countyOf(caller, this.env.PROVINCE);
    const entrants = await this.entrants(county);
    const [rows, total] = await this.db.getRepository(Clue).findAndCount({
      where: this.visible(county, entrants),
      order: { id: 'DESC' },
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    });
    const items = await Promise.all(
      rows.map(async (c) => {
        const why = this.why(c, county, entrants);
        const { timeline: _t, ...view } = await this.clues.render(
          c,
          why.includes('entered') ? 'full' : 'masked',
          false,
        );
        return { ...view, why, whyLabel: why.map((w) => WHY_LABELS[w]).join('、') };
      }),
    );
    return { county: { code: county, name: countyBureauName(county) }, items, total };
  }

  async view(caller: Caller, id: number): Promise<TClueView> {
    const { county } = countyOf(caller, this.env.PROVINCE);
    const entrants = await this.entrants(county);
    const clue = await this.db.getRepository(Clue).findOneBy({ id });
    const why = clue ? this.why(clue, county, entrants) : [];
    if (!clue || !why.length) throw notFound('没有找到这条线索', 'CLUE_NOT_FOUND');
    // Contact data stays masked unless the county entered it itself.
    return this.clues.render(clue, why.includes('entered') ? 'full' : 'masked', true);
  }

  /** The county's accounts (present and past): the clues they entered are the county's. */
  private async entrants(county: string): Promise<number[]> {
    const users = await this.db
      .getRepository(User)
      .find({ select: ['id'], where: { role: 'county', orgCode: county } });
    return users.map((u) => u.id);
  }

  private visible(county: string, entrants: number[]): Array<FindOptionsWhere<Clue>> {
    return [
      { regionCode: county },
      { producerUscc: Like(`__${county}%`) },
      ...(entrants.length ? [{ enteredBy: In(entrants) }] : []),
    ];
  }

  private why(c: Clue, county: string, entrants: number[]): Why[] {
    const why: Why[] = [];
    if (c.regionCode === county) why.push('region');
    if (usccCounty(c.producerUscc) === county) why.push('producer');
    if (c.enteredBy !== null && entrants.includes(c.enteredBy)) why.push('entered');
    return why;
  }
}
