import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { MAX_COUNT, typeError } from '../schemas/fields';
import { stripInvisible } from '../domain/text';
import { todayInShanghai } from '../domain/dates';

/**
 * A form field of a workflow document. The same descriptor builds the zod schema (server
 * validation), the form in the apps and the table in the DOCX, so the three never drift.
 */
export type FieldKind =
  | 'text' // one line
  | 'textarea' // paragraphs
  | 'date' // YYYY-MM-DD
  | 'int' // a count (件, 起)
  | 'money' // 元, two decimals
  | 'percent' // 0–100
  | 'select' // one of `options`
  | 'multi' // any of `options` (the 附件9/10 check boxes)
  | 'bool' // 是 / 否
  | 'tags' // a list of short strings (models, batches, barcodes)
  | 'photos' // upload ids of images
  | 'rows'; // a table with `columns`

export interface FormField {
  key: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  /** Maximum length of text; maximum items of lists. */
  max?: number;
  options?: Record<string, string>;
  columns?: FormField[];
  hint?: string;
  /** A date that has already come (production, sale): not after today in China. */
  past?: boolean;
  /** Section heading the field opens (as in the template: 一、产品基本信息 …). */
  section?: string;
  /** A long text edited whole (the 新闻稿): shown about 15 lines tall, growing, with a character count. */
  long?: boolean;
}

export interface FormSpec {
  fields: FormField[];
}

const textMax = (f: FormField) => f.max ?? (f.kind === 'textarea' ? 5000 : 200);

function fieldSchema(f: FormField): z.ZodTypeAny {
  const L = f.label;
  switch (f.kind) {
    case 'text':
    case 'textarea': {
      const s = z
        .string({ error: typeError(L, '文本') })
        .overwrite(stripInvisible)
        .max(textMax(f), { error: `${L}不能超过 ${textMax(f)} 个字` });
      return f.required ? s.min(1, { error: `请填写${L}` }) : s;
    }
    case 'date': {
      const d = z
        .string({ error: typeError(L, '日期') })
        .refine(isIsoDate, { error: `${L}不是有效日期（格式 YYYY-MM-DD）` });
      return f.past ? d.refine((v) => v <= todayInShanghai(), { error: `${L}不能晚于今天` }) : d;
    }
    case 'int':
      return z
        .number({ error: typeError(L, '数字') })
        .int({ error: `${L}应为整数` })
        .min(0, { error: `${L}不能为负数` })
        .max(MAX_COUNT, { error: `${L}最多 ${MAX_COUNT}` });
    case 'money':
      return z
        .number({ error: `${L}应为金额（元）` })
        .min(0, { error: `${L}不能为负数` })
        .max(1e12, { error: `${L}过大` });
    case 'percent':
      return z
        .number({ error: `${L}应为百分数` })
        .min(0, { error: `${L}应在 0–100 之间` })
        .max(100, { error: `${L}应在 0–100 之间` });
    case 'select':
      return z.enum(Object.keys(f.options!) as [string, ...string[]], {
        error: `${L}应为：${Object.values(f.options!).join('、')}`,
      });
    case 'multi': {
      const a = z
        .array(z.enum(Object.keys(f.options!) as [string, ...string[]], { error: `${L}含有无效选项` }), {
          error: `${L}应为选项列表`,
        })
        .max(Object.keys(f.options!).length);
      return f.required ? a.min(1, { error: `请选择${L}` }) : a;
    }
    case 'bool':
      return z.boolean({ error: typeError(L, '是或否') });
    case 'tags': {
      const a = z
        .array(
          z
            .string({ error: `${L}应为文本` })
            .overwrite(stripInvisible)
            .min(1, { error: `${L}不能有空项` })
            .max(64, { error: `${L}每项不超过 64 个字` }),
          {
            error: `${L}应为列表`,
          },
        )
        .max(f.max ?? 200, { error: `${L}最多 ${f.max ?? 200} 项` });
      return f.required ? a.min(1, { error: `请填写${L}` }) : a;
    }
    case 'photos': {
      const a = z
        .array(z.string({ error: `${L}应为照片编号` }).max(64), { error: `${L}应为照片列表` })
        .max(f.max ?? 9, { error: `${L}最多 ${f.max ?? 9} 张` });
      return f.required ? a.min(1, { error: `请上传${L}` }) : a;
    }
    case 'rows': {
      const row = z.object(Object.fromEntries(f.columns!.map((c) => [c.key, optionalUnless(c)])));
      const a = z.array(row, { error: `${L}应为表格行` }).max(f.max ?? 200, { error: `${L}最多 ${f.max ?? 200} 行` });
      return f.required ? a.min(1, { error: `请填写${L}` }) : a;
    }
  }
}

function optionalUnless(f: FormField): z.ZodTypeAny {
  const s = fieldSchema(f);
  if (f.required) return s;
  // An optional text left empty is the same as absent.
  if (f.kind === 'text' || f.kind === 'textarea') return s.optional();
  return s.optional().nullable();
}

/** The zod schema of a form: required fields must be present and non-empty; unknown keys are dropped. */
export function formSchema(spec: FormSpec) {
  return z.object(Object.fromEntries(spec.fields.map((f) => [f.key, optionalUnless(f)])));
}

/** Display text of a value, as the DOCX and the apps print it. */
export function displayValue(f: FormField, v: unknown): string {
  if (v === undefined || v === null || v === '') return '';
  switch (f.kind) {
    case 'select':
      return f.options![String(v)] ?? String(v);
    case 'multi':
      return (v as string[]).map((k) => f.options![k] ?? k).join('、');
    case 'bool':
      return v ? '是' : '否';
    case 'tags':
      return (v as string[]).join('、');
    case 'percent':
      return `${v}%`;
    case 'money':
      return `${v} 元`;
    case 'photos':
      return `${(v as unknown[]).length} 张照片（见附件）`;
    case 'rows':
      return `${(v as unknown[]).length} 行`;
    default:
      return String(v);
  }
}
