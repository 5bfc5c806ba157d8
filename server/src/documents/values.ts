import { DOC_FORMS, DocType, FormField, displayValue } from '@recall/shared';
import type { Paragraph } from 'docx';
import { imageParagraphs } from './images';
import { SP, Pair, box, cellLines, cnDate, cnDates, pairs, str } from './parts';
import type { DocRenderInput } from './types';

/**
 * The values of one filed form as the templates print them: labels from the form, dates in
 * Chinese, choices as ☑/☐ boxes with the '其他：' text, photos embedded.
 */
export class FormValues {
  private readonly fields: Map<string, FormField>;

  constructor(
    type: DocType,
    private readonly data: Record<string, unknown>,
    private readonly images: DocRenderInput['images'] = [],
  ) {
    this.fields = new Map(DOC_FORMS[type].fields.map((f) => [f.key, f]));
  }

  field(key: string): FormField {
    const f = this.fields.get(key);
    if (!f) throw new Error(`no field ${key}`);
    return f;
  }

  raw(key: string): unknown {
    return this.data[key];
  }

  /** The printed value; periods typed as text get Chinese dates too. */
  text(key: string): string {
    const f = this.field(key);
    const v = this.data[key];
    if (f.kind === 'date') return cnDate(str(v));
    if (f.kind === 'text') return cnDates(str(v));
    return displayValue(f, v);
  }

  /** A bare number (the 附件8 budget table is in 元; an empty cost prints 0, as its 注 asks). */
  amount(key: string): string {
    const v = this.data[key];
    return typeof v === 'number' ? String(v) : '0';
  }

  /** The pair of a table row, labelled as in the form unless the template words it differently. */
  pair(key: string, label?: string): Pair {
    return [label ?? this.field(key).label, this.text(key)];
  }

  /** ☑/☐ before every option; `extra` adds text after an option (the '其他：' line). */
  boxes(key: string, extra: Record<string, string> = {}, sep = SP): string {
    const f = this.field(key);
    const v = this.data[key];
    const chosen = Array.isArray(v) ? (v as string[]) : [str(v)];
    return Object.entries(f.options!)
      .map(([k, label]) => `${box(chosen.includes(k))}${label}${extra[k] ?? ''}`)
      .join(sep);
  }

  /** Text and photos of one cell (产品外观特征及照片): embedded when given, else '（见附件）'. */
  withPhotos(textKey: string, photosKey: string): Paragraph[] | string {
    const embedded = this.photos(photosKey);
    if (embedded.length) return [...(str(this.data[textKey]) ? cellLines(str(this.data[textKey])) : []), ...embedded];
    const ids = this.data[photosKey];
    const note = Array.isArray(ids) && ids.length ? '照片见附件' : '';
    return [str(this.data[textKey]), note].filter(Boolean).join('\n');
  }

  photos(key: string): Paragraph[] {
    return imageParagraphs((this.images ?? []).filter((i) => i.key === key).map((i) => i.data));
  }
}

/** '☑是/☐否' as the templates print a yes/no question; neither ticked when unanswered. */
export function yesNo(v: boolean | undefined): string {
  return `${box(v === true)}是/${box(v === false)}否`;
}

/** 所涉产品信息: the same rows in 附件2 and 附件8, as their templates pair them. */
export function productTable(v: FormValues) {
  const p = (key: string) => v.pair(key);
  return pairs([
    [p('productName'), p('brand')],
    [p('modelSpec')],
    [p('batches')],
    [p('productionPeriod')],
    [p('producedQty'), p('involvedQty')],
    [['产品生产类型', v.boxes('origin', {}, '/')]],
    [['产品外观特征及照片', v.withPhotos('appearance', 'photos')]],
  ]);
}
