import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';

/** Building blocks shared by every layout: fonts, sizes, paragraphs, bordered tables, dates. */
const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
export const FANGSONG = font('仿宋');
export const SONG = font('宋体');
/** Half-points: 三号 body (GB/T 9704), 小四 tables, 二号 title. */
export const BODY_SIZE = 32;
const TABLE_SIZE = 24;
const TITLE_SIZE = 44;
/** A4 with the margins of official documents (2.8 cm left, 2.6 cm right): text width in twips. */
export const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1587, right: 1474 };
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const INDENT = { firstLine: BODY_SIZE * 20 }; // two characters

export type Block = Paragraph | Table;

/** The ideographic space (全角空格) used to align text in forms. */
export const SP = '\u3000';

export const box = (checked: boolean): string => (checked ? '☑' : '☐');

/** Every 'YYYY-MM-DD' in free text (periods typed or prefilled) in Chinese form; ' 至 ' closed up. */
export function cnDates(text: string): string {
  return text.replace(/\d{4}-\d{2}-\d{2}/g, (d) => cnDate(d)).replace(/\s*至\s*/g, '至');
}

/** 'YYYY-MM-DD' → '2026年3月5日'; anything else is returned as is. */
export function cnDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : (iso ?? '');
}

/** The calendar day (YYYY-MM-DD) of an ISO instant in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiDate(iso: string): string {
  return shanghai(iso)?.slice(0, 10) ?? iso;
}

/** An ISO instant → '2026年3月5日 14:30' in Asia/Shanghai. */
export function cnDateTime(iso: string): string {
  const d = shanghai(iso);
  return d ? `${cnDate(d.slice(0, 10))} ${d.slice(11, 16)}` : iso;
}

function shanghai(iso: string): string | null {
  const t = new Date(iso).getTime();
  return Number.isNaN(t) ? null : new Date(t + 8 * 3600_000).toISOString();
}

export function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 360 },
    children: [new TextRun({ text, bold: true, font: SONG, size: TITLE_SIZE })],
  });
}

export function centered(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun(text)] });
}

export function heading(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text, bold: true })] });
}

/** A line without indent (addressee, labels). */
export function plain(text: string, bold = false): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold })] });
}

/** Body text: one indented paragraph per line; blank lines are dropped. */
export function body(text: string): Paragraph[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.map((l) => new Paragraph({ indent: INDENT, children: [new TextRun(l)] }));
}

export function right(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(text)] });
}

/**
 * The signature block at the end: room for the seal, who with '（章）' (added unless the caller's
 * text already names the seal, as '生产者（章）：…' does) and the date in Chinese.
 */
export function signature(who: string, issuedOn: string): Paragraph[] {
  const sealed = who.includes('章') ? who : `${who}（章）`;
  return [
    new Paragraph({ spacing: { before: 960 }, children: [] }),
    right(sealed),
    right(cnDate(issuedOn) || BLANK_DATE),
  ];
}

/** The date line of a template left blank. */
export const BLANK_DATE = '　　年　　月　　日';

export interface Cell {
  text: string;
  span?: number;
  rowSpan?: number;
  bold?: boolean;
  /** Paragraphs instead of text (images). */
  children?: Paragraph[];
}

/** Text in a table cell, one paragraph per line. */
export const cellLines = (text: string, bold?: boolean): Paragraph[] =>
  (text || ' ')
    .split(/\r?\n/)
    .map(
      (l) => new Paragraph({ spacing: { line: 300 }, children: [new TextRun({ text: l, bold, size: TABLE_SIZE })] }),
    );

const cellParagraphs = (c: Cell): Paragraph[] => c.children ?? cellLines(c.text, c.bold);

/** A bordered table over `columnWidths` (twips); cells span columns and rows as given. */
export function grid(rows: Cell[][], columnWidths: number[]): Table {
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (c) =>
              new TableCell({
                columnSpan: c.span,
                rowSpan: c.rowSpan,
                verticalAlign: VerticalAlign.CENTER,
                margins: { left: 80, right: 80, top: 40, bottom: 40 },
                children: cellParagraphs(c),
              }),
          ),
        }),
    ),
  });
}

/** One label with its value: text, or paragraphs (photos). */
export type Pair = [label: string, value: string | Paragraph[]];

/**
 * The label/value table of the templates: four columns (label, value, label, value); a row of one
 * pair spreads its value over the other three, as '统一社会信用代码' does in 附件2. The first label
 * column holds nine characters of 小四 on one line ('产品外观特征及照片').
 */
export function pairs(rows: Pair[][], weights: number[] = [10, 10, 7, 10]): Table {
  const cell = ([label, value]: Pair, span?: number): Cell[] => [
    { text: label },
    typeof value === 'string' ? { text: value, span } : { text: '', children: value.length ? value : undefined, span },
  ];
  return grid(
    rows.map((r) => (r.length === 1 ? cell(r[0], 3) : r.flatMap((p) => cell(p)))),
    columns(...weights),
  );
}

/** Splits the text width into columns by relative weights. */
export function columns(...weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const w = weights.map((x) => Math.floor((TEXT_WIDTH * x) / total));
  w[w.length - 1] += TEXT_WIDTH - w.reduce((a, b) => a + b, 0);
  return w;
}

export const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
