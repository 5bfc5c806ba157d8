import { Config, Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import {
  CATEGORIES,
  FOREIGN_RECALL_FORMATS,
  getProvinceProfile,
  parseForeignRecalls,
  parseUscc,
  type ForeignRecallFormat,
  type ForeignRecallParse,
  type TForeignRecallImportRecord,
  type CategoryCode,
  type ForeignRecall,
  type TForeignRecallImportRequest,
  type TForeignRecallImportResponse,
  type TStaffClueCreateRequest,
} from '@recall/shared';
import { DataSource, QueryFailedError } from 'typeorm';
import type { Caller } from '../core/auth';
import { AuditService } from '../core/audit.service';
import type { Env } from '../core/env';
import { commandTransaction } from '../core/tx';
import { Clue, ClueForeignRecall, Producer, Recall } from '../db/entity';
import { RecallQueryService } from '../recalls/recall-query.service';
import { ClueService } from './clue.service';
import { looksLikeXml, parseSafetyGateXml } from './safety-gate-xml';

/** What tied a foreign record to this province: a recall here, a producer here, or both. */
interface Match {
  recall?: Recall;
  producer?: Producer;
  /** How the product was described when it matched (the clue carries it, so its own recall match agrees). */
  gtin?: string;
  brand?: string;
  model?: string;
  why: string[];
}

/** A downloaded file: JSON for every format; Safety Gate's weekly report also as the XML the Commission exports. */
function readFile(format: ForeignRecallFormat, content: string): ForeignRecallParse {
  if (!looksLikeXml(content)) return parseForeignRecalls(format, content);
  if (format === 'safetyGate') return parseSafetyGateXml(content);
  return { records: [], rejected: [{ line: 1, reason: '美国、加拿大的召回记录请上传 JSON 文件' }] };
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const norm = (s: string) => s.toLowerCase().replace(/[\s.,，。()（）]/g, '');
/** The 13-digit form a person reads off the pack (the 14-digit match form starts with 0 for EAN-13). */
const readable = (g: string) => g.replace(/^0(?=\d{13}$)/, '');

/**
 * Foreign recalls (国外召回, 苏 第八条): a file of recalls published in the US, the EU or Canada is
 * read, each record matched against this province's recalls (the matcher consumer search uses) and
 * producers (name, USCC); each match becomes one clue of source `foreignRecall`, routed by the
 * province profile like a staff entry and linked to the record. One clue per record, ever.
 */
@Provide()
export class ForeignRecallService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  clues!: ClueService;

  @Inject()
  recalls!: RecallQueryService;

  @Inject()
  audit!: AuditService;

  async import(caller: Caller, body: TForeignRecallImportRequest): Promise<TForeignRecallImportResponse> {
    const parsed = readFile(body.format, body.content);
    const out: TForeignRecallImportResponse = {
      read: parsed.records.length + parsed.rejected.length,
      matched: 0,
      cluesCreated: 0,
      alreadyImported: 0,
      notMatched: 0,
      rejected: parsed.rejected,
      records: [],
    };
    const producers = await this.db.getRepository(Producer).find();
    for (const record of parsed.records) {
      const result = await this.importOne(caller, record, producers);
      out.records.push(result);
      if (result.outcome === 'created') {
        out.matched++;
        out.cluesCreated++;
      } else if (result.outcome === 'alreadyImported') out.alreadyImported++;
      else out.notMatched++;
    }
    await commandTransaction(this.db, (m) =>
      this.audit.record(m, {
        actorId: caller.userId,
        action: 'foreign_recall.imported',
        entityType: 'foreign_recall_import',
        entityId: body.format,
        detail: {
          format: body.format,
          fileName: body.fileName ?? null,
          read: out.read,
          matched: out.matched,
          cluesCreated: out.cluesCreated,
          alreadyImported: out.alreadyImported,
          notMatched: out.notMatched,
          rejected: out.rejected.length,
          clueIds: out.records.flatMap((r) => (r.outcome === 'created' && r.clueId ? [r.clueId] : [])),
        },
      }),
    );
    return out;
  }

  /** One record: the clue an earlier import made, else a new clue when it matches, else no match. */
  private async importOne(
    caller: Caller,
    r: ForeignRecall,
    producers: Producer[],
  ): Promise<TForeignRecallImportRecord> {
    const base = { reference: r.reference, title: cut(r.title || r.productName, 200) };
    const earlier = await this.earlier(r);
    if (earlier) return { ...base, ...earlier };
    const match = await this.match(r, producers);
    if (!match) return { ...base, outcome: 'notMatched', clueId: null, receiptNo: null, why: '' };
    const clue = await this.clueFor(caller, r, match);
    if (!clue) return { ...base, ...(await this.earlier(r))! };
    return { ...base, outcome: 'created', clueId: clue.id, receiptNo: clue.receiptNo, why: match.why.join('；') };
  }

  /** The clue an earlier import of the same record made, with what it matched on then. */
  private async earlier(r: ForeignRecall) {
    const link = await this.db.getRepository(ClueForeignRecall).findOneBy({ format: r.format, reference: r.reference });
    if (!link) return undefined;
    const clue = await this.db.getRepository(Clue).findOneBy({ id: link.clueId });
    return {
      outcome: 'alreadyImported' as const,
      clueId: link.clueId,
      receiptNo: clue?.receiptNo ?? null,
      why: link.matchedOn ?? '',
    };
  }

  /** The record against this province's recalls (barcode, brand and model, brand and name) and producers. */
  private async match(r: ForeignRecall, producers: Producer[]): Promise<Match | undefined> {
    const found: Match = { why: [] };
    const tries: { gtin?: string; brand?: string; model?: string; productName?: string }[] = [
      ...r.gtins.map((gtin) => ({ gtin })),
      ...r.brands.flatMap((brand) => [
        ...r.models.map((model) => ({ brand, model, productName: r.productName })),
        { brand, productName: r.productName },
      ]),
    ];
    for (const t of tries) {
      const ids = this.recalls.coveringRecalls(t, 1);
      if (!ids.length) continue;
      found.recall = (await this.db.getRepository(Recall).findOneBy({ id: ids[0] })) ?? undefined;
      if (!found.recall) continue;
      Object.assign(found, { gtin: t.gtin, brand: t.brand, model: t.model });
      found.why.push(
        t.gtin
          ? `商品条码 ${readable(t.gtin)} 与本省召回 ${found.recall.recallNo} 相同`
          : t.model
            ? `品牌“${t.brand}”型号“${t.model}”与本省召回 ${found.recall.recallNo} 相同`
            : `品牌“${t.brand}”及产品名称与本省召回 ${found.recall.recallNo} 相符`,
      );
      break;
    }
    // A USCC written in the record (rare, but exact), else the manufacturer's registered name.
    const texts = [r.description, r.title, ...r.manufacturers].join(' ');
    const usccs = (texts.match(/\b[0-9A-HJ-NPQRTUWXY]{18}\b/g) ?? []).filter((u) => parseUscc(u).valid);
    const byUscc = producers.find((p) => usccs.includes(p.uscc));
    const names = r.manufacturers.map(norm).filter(Boolean);
    const byName = byUscc ? undefined : producers.find((p) => names.includes(norm(p.name)));
    const producer =
      byUscc ??
      byName ??
      (found.recall?.producerUscc ? producers.find((p) => p.uscc === found.recall!.producerUscc) : undefined);
    if (byUscc) found.why.push(`记录中的统一社会信用代码为本省生产者${byUscc.name}`);
    else if (byName) found.why.push(`生产者名称与本省生产者${byName.name}相同`);
    found.producer = producer;
    if (!found.recall && !byUscc && !byName) return undefined;
    if (r.chinaSignal) found.why.push('商品条码以 690–699 开头或原产地为中国，可能为我国生产者');
    return found;
  }

  /** The clue, made once: a second import of the record (even at the same moment) finds the link and makes none. */
  private async clueFor(caller: Caller, r: ForeignRecall, match: Match) {
    const profile = getProvinceProfile(this.env.PROVINCE);
    const category = (match.recall?.categoryCode ?? '10') as CategoryCode;
    const publisher = FOREIGN_RECALL_FORMATS[r.format];
    const body: TStaffClueCreateRequest = {
      source: 'foreignRecall',
      categoryCode: CATEGORIES[category] ? category : '10',
      productName: cut(r.productName, 100),
      brand: match.brand ? cut(match.brand, 100) : undefined,
      model: match.model ? cut(match.model, 100) : r.models[0] ? cut(r.models[0], 100) : undefined,
      gtin: match.gtin ?? r.gtins[0],
      producerName:
        match.producer?.name ??
        match.recall?.producerName ??
        (r.manufacturers[0] ? cut(r.manufacturers[0], 200) : undefined),
      producerUscc: match.producer?.uscc ?? match.recall?.producerUscc ?? undefined,
      description: cut(
        [
          `【国外召回】${publisher} ${r.reference}${r.date ? `（${r.date}发布）` : ''}`,
          `比对结果：${match.why.join('；')}`,
          r.title && `标题：${r.title}`,
          r.hazard && `危害：${r.hazard}`,
          r.remedy && `措施：${r.remedy}`,
          r.countries.length ? `原产地：${r.countries.join('、')}` : '',
          r.url && `原文：${r.url}`,
        ]
          .filter(Boolean)
          .join('\n'),
        2000,
      ),
      injury: 'none',
      regionCode: match.producer?.divisionCode ?? profile.regionCode,
      photoIds: [],
      shareConsent: false,
    };
    try {
      return await this.clues.createClue(caller, body, undefined, {
        attach: async (m, clue) => {
          await m.insert(ClueForeignRecall, {
            clueId: clue.id,
            format: r.format,
            reference: r.reference,
            url: r.url ? cut(r.url, 500) : null,
            publishedOn: r.date,
            title: cut(r.title || r.productName, 500),
            country: r.country,
            hazard: r.hazard ? cut(r.hazard, 500) : null,
            matchedOn: cut(match.why.join('；'), 500),
            importedBy: caller.userId,
          });
        },
      });
    } catch (e) {
      // Another import of the same record won the unique (format, reference): its clue stands alone.
      if (e instanceof QueryFailedError) {
        const existing = await this.db
          .getRepository(ClueForeignRecall)
          .findOneBy({ format: r.format, reference: r.reference });
        if (existing) return undefined;
      }
      throw e;
    }
  }
}
