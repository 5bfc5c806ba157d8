import { FormField, displayValue } from '@recall/shared';
import { SP, Block, Cell, body, box, cnDate, columns, grid, heading, plain, str } from './parts';
import { imageParagraphs } from './images';

/**
 * The fields of a form in template order: section headings (once each), consecutive one-line
 * fields as a two-column bordered table, paragraphs for long text, real tables for rows.
 */
export interface FieldLayout {
  fields: FormField[];
  data: Record<string, unknown>;
  images?: Array<{ key: string; data: Buffer }>;
  /** Notes printed when a section ends (template 注). */
  sectionNotes?: Record<string, string[]>;
}

const BLOCK_KINDS = new Set(['textarea', 'rows', 'photos']);

export function fieldBlocks({ fields, data, images, sectionNotes = {} }: FieldLayout): Block[] {
  const out: Block[] = [];
  const seen = new Set<string>();
  let pending: FormField[] = [];
  let section: string | undefined;
  const flush = () => {
    if (pending.length) out.push(pairTable(pending, data));
    pending = [];
  };
  const closeSection = () => (sectionNotes[section ?? ''] ?? []).forEach((n) => out.push(plain(n)));
  for (const f of fields) {
    if (f.section && !seen.has(f.section)) {
      flush();
      closeSection();
      seen.add(f.section);
      section = f.section;
      out.push(heading(f.section));
    }
    if (!BLOCK_KINDS.has(f.kind)) {
      pending.push(f);
      continue;
    }
    flush();
    out.push(...fieldBlock(f, data[f.key], section, images));
  }
  flush();
  closeSection();
  return out;
}

/** The value cell text: check boxes for `multi` and `bool` (as the templates print them), dates in Chinese. */
export function cellText(f: FormField, v: unknown): string {
  if (f.kind === 'multi') {
    const chosen = Array.isArray(v) ? (v as string[]) : [];
    return Object.entries(f.options!)
      .map(([k, label]) => `${box(chosen.includes(k))}${label}`)
      .join('　');
  }
  if (f.kind === 'bool') return `${box(v === true)}是${SP}${box(v === false)}否`;
  if (f.kind === 'date') return cnDate(str(v));
  return displayValue(f, v);
}

function pairTable(fields: FormField[], data: Record<string, unknown>) {
  const rows: Cell[][] = fields.map((f) => [{ text: f.label }, { text: cellText(f, data[f.key]) }]);
  return grid(rows, columns(3, 7));
}

function fieldBlock(f: FormField, v: unknown, section: string | undefined, images: FieldLayout['images']): Block[] {
  const label = section?.includes(f.label) ? [] : [plain(f.label, true)];
  if (f.kind === 'rows') return [...label, rowsTable(f, Array.isArray(v) ? v : [])];
  if (f.kind === 'photos') {
    const embedded = imageParagraphs((images ?? []).filter((i) => i.key === f.key).map((i) => i.data));
    if (embedded.length) return [...label, ...embedded];
    return [...label, ...body(Array.isArray(v) && v.length ? '（见附件）' : '无')];
  }
  return [...label, ...body(str(v) || '无')];
}

function rowsTable(f: FormField, rows: unknown[]) {
  const cols = f.columns!;
  const header: Cell[] = cols.map((c) => ({ text: c.label, bold: true }));
  const values = (rows.length ? rows : [{}]).map((r) =>
    cols.map((c) => ({ text: displayValue(c, (r as Record<string, unknown>)[c.key]) })),
  );
  return grid([header, ...values], columns(...cols.map(() => 1)));
}
