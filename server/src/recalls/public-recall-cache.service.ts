import { Config, Init, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Recall } from '../db/entity';
import type { Env } from '../core/env';
import { toPublic } from './recall-mapper';

export interface PublicRecallJson {
  id: number;
  title: string;
  /** recall | warning (消费提示): sentences about several records name them as what they are. */
  kind: string;
  /** The recall's public fields, serialised once. */
  json: string;
  /** The change sequence `json` was made at: the same id and seq give the same text. */
  seq: number;
  /** When it was last moved to the most recent end of the cache (see `touch`). */
  used: number;
}

/**
 * Serialised public recalls, most recently used first. Lookups answer from memory and only read
 * the database for recalls not seen yet or changed since (their change sequence moved on).
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class PublicRecallCache {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  private entries = new Map<number, PublicRecallJson>();
  private limit = 0;
  private clock = 0;

  @Init()
  init(): void {
    this.limit = this.env.RECALL_ROW_CACHE_SIZE;
  }

  /** In the ids' order; `seqs` are the change sequences the index holds for them. */
  async get(ids: number[], seqs: ArrayLike<number>): Promise<PublicRecallJson[]> {
    let out: PublicRecallJson[] = [];
    let missing: number[] | undefined;
    for (let i = 0; i < ids.length; i++) {
      const e = this.entries.get(ids[i]);
      if (e !== undefined && e.seq === seqs[i]) out.push(e);
      else (missing ??= []).push(ids[i]);
    }
    if (missing) out = this.inOrder(ids, out, await this.read(missing));
    // Answer from what was found even when the cache is too small (or off) to keep it.
    for (const e of out) this.touch(e);
    return out;
  }

  /** The recalls of `ids` from the database, serialised. */
  private async read(ids: number[]): Promise<PublicRecallJson[]> {
    const rows = await this.db.getRepository(Recall).findBy({ id: In(ids) });
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind ?? 'recall',
      json: JSON.stringify(toPublic(r)),
      seq: Number(r.changeSeq),
      used: 0,
    }));
  }

  /** Cached and freshly read recalls in the order of `ids` (a recall read from the database wins). */
  private inOrder(ids: number[], cached: PublicRecallJson[], read: PublicRecallJson[]): PublicRecallJson[] {
    const byId = new Map(cached.map((e) => [e.id, e]));
    for (const e of read) byId.set(e.id, e);
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * Most recently used last; the oldest leaves when over the limit. An entry moved to the end less
   * than half the cache ago stays where it is: a page of twenty read again and again does not
   * reorder the map on every request, and it is still far from the end that is evicted.
   */
  private touch(e: PublicRecallJson): void {
    this.clock++;
    if (this.entries.get(e.id) === e && this.clock - e.used < this.limit / 2) return;
    e.used = this.clock;
    this.entries.delete(e.id);
    this.entries.set(e.id, e);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as number);
  }
}

/**
 * A JSON object whose `key` holds already-serialised items, spliced in without re-serialising.
 * Joined in one step: a flat string, which the body's byte count and the socket read as is (text
 * built with `+` is flattened first, a copy of the whole answer).
 */
export function jsonWithItems(obj: Record<string, unknown>, key: string, items: PublicRecallJson[]): string {
  const head = JSON.stringify({ [key]: null, ...obj });
  const parts = new Array<string>(items.length + 2);
  parts[0] = `{"${key}":[`;
  for (let i = 0; i < items.length; i++) parts[i + 1] = i ? `,${items[i].json}` : items[i].json;
  parts[items.length + 1] = `]${head.slice(`{"${key}":null`.length)}`;
  return parts.join('');
}
