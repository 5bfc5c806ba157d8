import { z } from 'zod';
import { DOC_TYPES, DOC_TYPE_KEYS, type DocType } from './workflow';
import { lazySchema } from '../schemas/lazy';

/**
 * The documents a province works with, as its profile names them: which template set the notices
 * and forms follow, what they are called there, and which rules they cite. The layouts and fields
 * (DOC_FORMS) are the same everywhere; only names and citations differ, so a province adopts the
 * product by writing them down, not by a code branch.
 */
const citation = z.string().regex(/^《[^》]+》/, { error: '引用应以书名号《》开头' });
/** A rule cited by its title (《…》第十九条) or by its document number (苏市监规〔2025〕8号 第八条). */
const reference = z.string().regex(/^(《[^》]+》|\S+〔\d{4}〕\d+号)/, { error: '引用应为《规章名称》或文号' });

export const ZDocumentSet = lazySchema(() =>
  z.object({
    /** Where the templates come from (for whoever maintains the profile; printed nowhere). */
    source: z.string().min(1),
    /** The templates are numbered 附件1–10 in the source (Jiangsu), so titles and file names carry the number. */
    annexNumbers: z.boolean(),
    /** Titles that differ from the workflow's names (DOC_TYPES), by document type. */
    titles: z.partialRecord(z.enum(DOC_TYPE_KEYS), z.string().min(1)).default({}),
    /** What the documents cite where the template says 根据/按照……: the rules, with 《》. */
    law: citation,
    /** A document that cites its own article instead (辽 第九条 for the 调查分析通知书). */
    cites: z.partialRecord(z.enum(DOC_TYPE_KEYS), citation).default({}),
    /** Citations the apps show outside documents. */
    references: z.object({
      /** Why the regulator may publish a 消费提示 (on the consumer's warning page). */
      warning: reference,
      /** The producer's duty to report an accident at once (producer's incident page). */
      incidentReport: reference,
      /** Where the sources of a clue are listed (clue form). */
      clueSources: reference,
      /** Who organises the experts' 技术会商 (bureau's request to the technical institution). */
      consultation: reference,
      /** Who assesses the risk a determination may rely on (bureau's request to the technical institution). */
      riskAssessment: reference,
      /** The days to notify the producer after a defect is found (立案 page). */
      notifyProducer: reference,
      /** What the bureau's review of a recall plan checks (审查召回计划). */
      planReview: reference,
      /** The technical institution's formal evaluation of a plan (形式评估). */
      planEvaluation: reference,
      /** The province's expert library (专家库). */
      experts: reference,
      /** The province's library of typical cases (案例库); null where its rules do not provide one. */
      typicalCases: reference.nullable(),
      /** The case's complete electronic file (电子案卷); null where its rules do not ask for one. */
      dossier: reference.nullable(),
    }),
  }),
);
export type DocumentSet = z.infer<typeof ZDocumentSet>;
export type DocumentReferences = DocumentSet['references'];

/** A document's title and 附件 number in a province's set (no number where the set has none). */
export function docMeta(set: DocumentSet, type: DocType): { title: string; annex: number | null } {
  const meta = DOC_TYPES[type];
  return { title: set.titles[type] ?? meta.title, annex: set.annexNumbers ? meta.annex : null };
}

/** '附件6 消费品召回计划' where the set numbers its templates, else the title alone. */
export function docLabel(set: DocumentSet, type: DocType): string {
  const { title, annex } = docMeta(set, type);
  return annex ? `附件${annex} ${title}` : title;
}

/** What a document cites where its template says 根据/按照……. */
export function docCitation(set: DocumentSet, type: DocType): string {
  return set.cites[type] ?? set.law;
}
