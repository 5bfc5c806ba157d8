import { useCallback, useMemo, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { type TErrorIssue } from '@recall/shared';
import { formSchema, type FormField, type FormSpec } from '@recall/shared/staff';
import type { z } from 'zod';
import type { DraftPhoto } from '../clues/clueDraft';
import { pickDraftPhotos, scrollToField, uploadDraftPhoto } from '../../services/draftForm';
import { ApiError, errorMessage } from '../../services/errors';
import { releasePhoto } from '../../services/photoPicker';
import { useSubmitting } from '../../hooks/useZodForm';

/**
 * The state of one or more generic document forms (DOC_FORMS entries of 附件1–10, or any FormSpec):
 * values as typed (text for numbers and tags, photos with their upload state), the conversion to
 * the API's values by FieldKind, the same zod check the server runs, the server's field issues
 * under their fields, collapsible sections, and a scroll to the first error.
 */

/** A row of a `rows` field while it is edited: its column values as text, and a local key. */
export interface RowDraft {
  _key: string;
  [column: string]: string;
}

/** What a field holds while it is edited. */
export type FieldDraft = string | string[] | boolean | DraftPhoto[] | RowDraft[];

export interface FormDef {
  /** The form's key: a DocType, or any name (rendered as `data-doc`). */
  key: string;
  spec: FormSpec;
  /** Initial values in the API's shape (the case's `prefill[docType]`). */
  prefill?: Record<string, unknown>;
  /** The check before sending; formSchema(spec) unless given (e.g. a request schema). */
  schema?: z.ZodType;
}

export interface FieldGroup {
  title: string | null;
  fields: FormField[];
}

/** A field's error key, and the class its wrapper carries (pageScrollTo needs a class). */
export const errorKey = (form: string, field: string) => `${form}.${field}`;
export const fieldClass = (form: string, field: string) => `df-${form}-${field}`;

/** The fields in the groups their `section` headings open (fields before the first heading: untitled). */
export function groupsOf(spec: FormSpec): FieldGroup[] {
  const groups: FieldGroup[] = [];
  for (const f of spec.fields) {
    if (f.section || groups.length === 0) groups.push({ title: f.section ?? null, fields: [] });
    groups[groups.length - 1].fields.push(f);
  }
  return groups;
}

/** Splits tag text on commas (half or full width), 、, semicolons and new lines. */
export function splitTags(text: string): string[] {
  return text
    .split(/[,，、;；\n\r]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

let seq = 0;
const localKey = (p: string) => `${p}${Date.now().toString(36)}${(seq++).toString(36)}`;

/** The section index that stands for a whole form (folding a document under its heading). */
export const WHOLE_FORM = -1;

export const isNumberKind = (k: FormField['kind']) => k === 'int' || k === 'money' || k === 'percent';

/** An API value (prefill) as the field's draft. */
export function toDraft(f: FormField, v: unknown): FieldDraft {
  switch (f.kind) {
    case 'multi':
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x in (f.options ?? {})) : [];
    case 'bool':
      return v === true;
    case 'tags':
      return Array.isArray(v) ? v.map(String).join('，') : typeof v === 'string' ? v : '';
    case 'photos':
      return Array.isArray(v)
        ? v
            .filter((x): x is string => typeof x === 'string' && x !== '')
            .map((id) => ({ key: localKey('p'), id, status: 'done' as const, progress: 100 }))
        : [];
    case 'rows':
      return Array.isArray(v)
        ? v
            .filter((r): r is Record<string, unknown> => !!r && typeof r === 'object')
            .map((r) => {
              const row: RowDraft = { _key: localKey('r') };
              for (const c of f.columns ?? [])
                row[c.key] = r[c.key] === undefined || r[c.key] === null ? '' : String(r[c.key]);
              return row;
            })
        : [];
    case 'select':
      return typeof v === 'string' && v in (f.options ?? {}) ? v : '';
    default:
      return v === undefined || v === null ? '' : String(v);
  }
}

export const emptyRow = (f: FormField): RowDraft => {
  const row: RowDraft = { _key: localKey('r') };
  for (const c of f.columns ?? []) row[c.key] = '';
  return row;
};

type Converted = { value?: unknown; error?: string; skip?: boolean };

function numberOf(f: FormField, text: string): Converted {
  const t = text.trim().replace(/[,，\s]/g, '');
  if (!t) return { skip: true };
  const n = Number(t);
  if (!Number.isFinite(n)) return { error: `${f.label}应为数字` };
  if (f.kind === 'int' && !Number.isInteger(n)) return { error: `${f.label}应为整数` };
  return { value: n };
}

/** A draft as the API's value; `skip` leaves the key out (an optional field left empty). */
export function fromDraft(f: FormField, d: FieldDraft | undefined): Converted {
  const empty = (what: '填写' | '选择' | '上传'): Converted =>
    f.required ? { error: `请${what}${f.label}` } : { skip: true };
  switch (f.kind) {
    case 'text':
    case 'textarea': {
      const t = typeof d === 'string' ? d.trim() : '';
      return t ? { value: t } : empty('填写');
    }
    case 'date': {
      const t = typeof d === 'string' ? d.trim() : '';
      return t ? { value: t } : empty('填写');
    }
    case 'int':
    case 'money':
    case 'percent': {
      const r = numberOf(f, typeof d === 'string' ? d : '');
      return r.skip ? empty('填写') : r;
    }
    case 'select': {
      const t = typeof d === 'string' ? d : '';
      return t ? { value: t } : empty('选择');
    }
    case 'multi': {
      const a = Array.isArray(d) ? (d as string[]) : [];
      return a.length ? { value: a } : f.required ? empty('选择') : { value: [] };
    }
    case 'bool':
      return { value: d === true };
    case 'tags': {
      const a = splitTags(typeof d === 'string' ? d : '');
      return a.length ? { value: a } : f.required ? empty('填写') : { value: [] };
    }
    case 'photos': {
      const a = Array.isArray(d) ? (d as DraftPhoto[]) : [];
      if (a.some((p) => p.status === 'uploading')) return { error: '照片还在上传，请稍候再提交' };
      if (a.some((p) => p.status === 'failed')) return { error: '有照片上传失败，请点“重试”或删除后再提交' };
      const ids = a.filter((p) => p.id).map((p) => p.id as string);
      return ids.length ? { value: ids } : f.required ? empty('上传') : { value: [] };
    }
    case 'rows': {
      const rows = Array.isArray(d) ? (d as RowDraft[]) : [];
      const out: Array<Record<string, unknown>> = [];
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const cols = f.columns ?? [];
        if (cols.every((c) => !String(r[c.key] ?? '').trim())) continue; // a blank row is left out
        const obj: Record<string, unknown> = {};
        for (const c of cols) {
          const conv = fromDraft(c, r[c.key] ?? '');
          if (conv.error) return { error: `第 ${i + 1} 行：${conv.error}` };
          if (!conv.skip) obj[c.key] = conv.value;
        }
        out.push(obj);
      }
      return out.length ? { value: out } : f.required ? empty('填写') : { value: [] };
    }
  }
}

/** Whether a field has something in it (for the "必填 n/m" progress). */
export function hasValue(f: FormField, d: FieldDraft | undefined): boolean {
  if (f.kind === 'bool') return true;
  if (typeof d === 'string') return f.kind === 'tags' ? splitTags(d).length > 0 : d.trim() !== '';
  if (Array.isArray(d)) return d.length > 0;
  return false;
}

type Values = Record<string, Record<string, FieldDraft>>;
type Errors = Record<string, string>;
export type FormValues = Values;

const isPhoto = (x: unknown): x is DraftPhoto => !!x && typeof x === 'object' && 'status' in x;

/** The values worth keeping as a draft: photos only once uploaded (a local file does not outlive the page). */
export function persistableValues(values: Values): Values {
  const out: Values = {};
  for (const [form, fields] of Object.entries(values)) {
    out[form] = {};
    for (const [k, v] of Object.entries(fields)) {
      out[form][k] =
        Array.isArray(v) && v.some(isPhoto)
          ? (v as DraftPhoto[]).filter((p) => p.status === 'done' && p.id).map((p) => ({ ...p, path: undefined }))
          : v;
    }
  }
  return out;
}

function initialValues(defs: FormDef[]): Values {
  const values: Values = {};
  for (const def of defs) {
    const v: Record<string, FieldDraft> = {};
    for (const f of def.spec.fields) v[f.key] = toDraft(f, def.prefill?.[f.key]);
    values[def.key] = v;
  }
  return values;
}

export type BuildResult = { ok: true; forms: Record<string, Record<string, unknown>> } | { ok: false };

export function useDocForm() {
  const [defs, setDefs] = useState<FormDef[]>([]);
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<Errors>({});
  const [collapsed, setCollapsed] = useState<Record<string, boolean>>({});
  const valuesRef = useRef(values);
  valuesRef.current = values;

  const groups = useMemo(() => Object.fromEntries(defs.map((d) => [d.key, groupsOf(d.spec)])), [defs]);

  /** Starts the forms over from their prefill. */
  const reset = useCallback((next: FormDef[]) => {
    setDefs(next);
    setValues(initialValues(next));
    setErrors({});
    setCollapsed({});
  }, []);

  /** Puts a kept draft's values over the prefilled ones (only fields the forms still have). */
  const restore = useCallback((saved: Values) => {
    setValues((all) => {
      const next = { ...all };
      for (const [form, fields] of Object.entries(saved)) {
        if (!next[form] || !fields || typeof fields !== 'object') continue;
        next[form] = { ...next[form] };
        for (const [k, v] of Object.entries(fields)) if (k in next[form]) next[form][k] = v;
      }
      return next;
    });
  }, []);

  const clearError = useCallback((k: string) => {
    setErrors((e) => {
      if (!e[k] && !e.form) return e;
      const n = { ...e };
      delete n[k];
      delete n.form;
      return n;
    });
  }, []);

  const set = useCallback(
    (form: string, field: string, v: FieldDraft) => {
      setValues((all) => ({ ...all, [form]: { ...all[form], [field]: v } }));
      clearError(errorKey(form, field));
    },
    [clearError],
  );

  // ------------------------------------------------------------ photos
  const patchPhotos = useCallback((form: string, field: string, fn: (ps: DraftPhoto[]) => DraftPhoto[]) => {
    setValues((all) => {
      const cur = all[form]?.[field];
      const list = Array.isArray(cur) ? (cur as DraftPhoto[]) : [];
      return { ...all, [form]: { ...all[form], [field]: fn(list) } };
    });
  }, []);

  const startUpload = useCallback(
    (form: string, field: string, photo: DraftPhoto) =>
      uploadDraftPhoto(photo, (p) =>
        patchPhotos(form, field, (ps) => ps.map((x) => (x.key === photo.key ? { ...x, ...p } : x))),
      ),
    [patchPhotos],
  );

  const addPhotos = useCallback(
    async (form: string, field: string, max: number) => {
      const cur = valuesRef.current[form]?.[field];
      const left = max - (Array.isArray(cur) ? cur.length : 0);
      if (left <= 0) {
        void Taro.showToast({ title: `最多 ${max} 张`, icon: 'none' });
        return;
      }
      const added = await pickDraftPhotos(left, 'p');
      if (added.length === 0) return;
      patchPhotos(form, field, (ps) => [...ps, ...added].slice(0, max));
      clearError(errorKey(form, field));
      for (const p of added) if (p.status === 'uploading') void startUpload(form, field, p);
    },
    [patchPhotos, startUpload, clearError],
  );

  const retryPhoto = useCallback(
    (form: string, field: string, key: string) => {
      const cur = valuesRef.current[form]?.[field];
      const p = Array.isArray(cur) ? (cur as DraftPhoto[]).find((x) => x.key === key) : undefined;
      if (p?.path) void startUpload(form, field, p);
      clearError(errorKey(form, field));
    },
    [startUpload, clearError],
  );

  const removePhoto = useCallback(
    (form: string, field: string, key: string) => {
      patchPhotos(form, field, (ps) => {
        releasePhoto(ps.find((x) => x.key === key)?.path);
        return ps.filter((x) => x.key !== key);
      });
      clearError(errorKey(form, field));
    },
    [patchPhotos, clearError],
  );

  // ------------------------------------------------------------ sections (WHOLE_FORM: the form itself)
  const sectionKey = (form: string, index: number) => `${form}#${index}`;
  const toggleSection = useCallback((form: string, index: number) => {
    setCollapsed((c) => ({ ...c, [sectionKey(form, index)]: !c[sectionKey(form, index)] }));
  }, []);
  const isCollapsed = (form: string, index: number) => !!collapsed[sectionKey(form, index)];

  /** Shows errors: opens the sections that hold them and scrolls to the first, in form order. */
  const showErrors = useCallback(
    (found: Errors) => {
      setErrors(found);
      let first: string | null = null;
      const open: Record<string, boolean> = {};
      for (const def of defs) {
        groupsOf(def.spec).forEach((g, i) => {
          for (const f of g.fields) {
            if (!found[errorKey(def.key, f.key)]) continue;
            open[sectionKey(def.key, i)] = false;
            open[sectionKey(def.key, WHOLE_FORM)] = false;
            if (!first) first = fieldClass(def.key, f.key);
          }
        });
      }
      setCollapsed((c) => ({ ...c, ...open }));
      if (first) scrollToField(`.${first}`, { offsetTop: -24, delay: 120 });
    },
    [defs],
  );

  /** Converts and checks every form; on failure the errors are shown and null comes back. */
  const build = useCallback((): BuildResult => {
    const found: Errors = {};
    const forms: Record<string, Record<string, unknown>> = {};
    for (const def of defs) {
      const payload: Record<string, unknown> = {};
      for (const f of def.spec.fields) {
        const c = fromDraft(f, valuesRef.current[def.key]?.[f.key]);
        if (c.error) found[errorKey(def.key, f.key)] = c.error;
        else if (!c.skip) payload[f.key] = c.value;
      }
      const parsed = (def.schema ?? formSchema(def.spec)).safeParse(payload);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const k = errorKey(def.key, String(issue.path[0] ?? ''));
          if (issue.path.length === 0) found.form ??= issue.message;
          else if (!found[k]) {
            const row = typeof issue.path[1] === 'number' ? `第 ${issue.path[1] + 1} 行：` : '';
            found[k] = row + issue.message;
          }
        }
      }
      forms[def.key] = payload;
    }
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return { ok: false };
    }
    setErrors({});
    return { ok: true, forms };
  }, [defs, showErrors]);

  /**
   * The server's issues under their fields. `locate` turns an issue path into [form, field] (for
   * an action: 'forms.recall_plan.models' → ['recall_plan', 'models']); issues it cannot place
   * come back so the page can show them elsewhere (e.g. the note).
   */
  const applyIssues = useCallback(
    (issues: TErrorIssue[], locate: (path: string) => [string, string] | null, fallback: string): TErrorIssue[] => {
      const found: Errors = {};
      const rest: TErrorIssue[] = [];
      const known = new Set(defs.flatMap((d) => d.spec.fields.map((f) => errorKey(d.key, f.key))));
      for (const issue of issues) {
        const at = locate(issue.path);
        const k = at ? errorKey(at[0], at[1]) : '';
        if (at && known.has(k)) {
          const m = /\.(\d+)\./.exec(issue.path);
          found[k] ??= (m ? `第 ${Number(m[1]) + 1} 行：` : '') + issue.message;
        } else rest.push(issue);
      }
      if (Object.keys(found).length === 0) found.form = fallback;
      showErrors(found);
      return rest;
    },
    [defs, showErrors],
  );

  const setFormError = useCallback((message: string | null) => {
    setErrors((e) => {
      const n = { ...e };
      if (message) n.form = message;
      else delete n.form;
      return n;
    });
  }, []);

  /**
   * Sends built forms once (a second tap while sending does nothing): the server's issues go under
   * their fields (`locate`, as for applyIssues), the ones no field takes are handed to `rest`, and
   * any other failure is said on the form. What `call` returned, or null.
   */
  const { submitting, run } = useSubmitting();
  const send = useCallback(
    <R>(
      call: () => Promise<R>,
      locate: (path: string) => [string, string] | null,
      rest?: (issues: TErrorIssue[]) => void,
    ): Promise<R | null> =>
      run(async () => {
        try {
          return await call();
        } catch (err) {
          if (err instanceof ApiError && err.issues.length > 0) rest?.(applyIssues(err.issues, locate, err.message));
          else setFormError(errorMessage(err));
          return null;
        }
      }),
    [run, applyIssues, setFormError],
  );

  /** Required fields filled, for a form (or one of its sections). */
  const progress = (form: string, fields?: FormField[]) => {
    const list = (fields ?? defs.find((d) => d.key === form)?.spec.fields ?? []).filter((f) => f.required);
    return { filled: list.filter((f) => hasValue(f, values[form]?.[f.key])).length, required: list.length };
  };

  return {
    defs,
    groups,
    values,
    errors,
    formError: errors.form ?? null,
    /** Fields with an error (the whole-form message aside). */
    errorCount: Object.keys(errors).filter((k) => k !== 'form').length,
    reset,
    restore,
    set,
    addPhotos,
    retryPhoto,
    removePhoto,
    toggleSection,
    isCollapsed,
    build,
    applyIssues,
    setFormError,
    submitting,
    send,
    progress,
  };
}

export type DocFormState = ReturnType<typeof useDocForm>;

/** For an action or a voluntary report: 'forms.<docType>.<key>[.…]' → [docType, key]. */
export function locateFormIssue(path: string): [string, string] | null {
  const m = /^forms\.([a-z_]+)\.([A-Za-z0-9_]+)/.exec(path);
  return m ? [m[1], m[2]] : null;
}
