import { CATEGORIES, type CategoryCode } from '@recall/shared';
import {
  ZPlatformCreate,
  ZPlatformMeasureInput,
  ZPlatformUpdate,
  type PlatformMeasureKind,
  type TPlatformView,
} from '@recall/shared/staff';
import { ApiError } from '../../services/errors';

/** The registration form as typed: lists are one entry per line (or separated by 、，, ;). */
export interface PlatformDraft {
  name: string;
  uscc: string;
  contacts: Array<{ name: string; phone: string; email: string }>;
  webhookUrl: string;
  all: boolean;
  categories: CategoryCode[];
  gtinPrefixes: string;
  brands: string;
  producers: string;
}

export const emptyContact = () => ({ name: '', phone: '', email: '' });

export function draftOf(p?: TPlatformView): PlatformDraft {
  if (!p) {
    return {
      name: '',
      uscc: '',
      contacts: [emptyContact()],
      webhookUrl: '',
      all: true,
      categories: [],
      gtinPrefixes: '',
      brands: '',
      producers: '',
    };
  }
  const s = p.subscription;
  return {
    name: p.name,
    uscc: p.uscc ?? '',
    contacts: p.contacts.map((c) => ({ name: c.name, phone: c.phone, email: c.email ?? '' })),
    webhookUrl: p.webhookUrl ?? '',
    all: s.all,
    categories: s.categories.filter((c): c is CategoryCode => c in CATEGORIES),
    gtinPrefixes: s.gtinPrefixes.join('\n'),
    brands: s.brands.join('\n'),
    producers: s.producers.join('\n'),
  };
}

/** '暖阳、安心\n小熊' → ['暖阳', '安心', '小熊']. */
export const splitList = (text: string): string[] =>
  text
    .split(/[\n、，,;；]+/)
    .map((x) => x.trim())
    .filter(Boolean);

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

function subscriptionOf(d: PlatformDraft) {
  if (d.all) return { all: true, categories: [], gtinPrefixes: [], brands: [], producers: [] };
  return {
    all: false,
    categories: d.categories,
    gtinPrefixes: splitList(d.gtinPrefixes),
    brands: splitList(d.brands),
    producers: splitList(d.producers),
  };
}

const contactsOf = (d: PlatformDraft) =>
  d.contacts.map((c) => ({ name: c.name, phone: c.phone, email: optional(c.email) }));

export const createBody = (d: PlatformDraft) => ({
  name: d.name,
  uscc: optional(d.uscc),
  contacts: contactsOf(d),
  webhookUrl: optional(d.webhookUrl),
  subscription: subscriptionOf(d),
});

/** An edit sends what may change; a cleared address becomes pull only (null). */
export const updateBody = (d: PlatformDraft) => ({
  contacts: contactsOf(d),
  webhookUrl: optional(d.webhookUrl) ?? null,
  subscription: subscriptionOf(d),
});

/**
 * The field an issue belongs to, as the form shows it: a contact's own field ('contacts.0.phone'),
 * a subscription list as a whole ('subscription.brands.3' → 'brands'), else the path's head.
 */
export function fieldOfIssue(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'subscription') return parts[1] ?? 'subscription';
  if (parts[0] === 'contacts' && parts.length >= 3) return parts.slice(0, 3).join('.');
  return parts[0] || 'form';
}

export type FieldErrors = Record<string, string>;

/** The registration form's fields top to bottom (a contact's own fields are under 'contacts'). */
const FORM_ORDER = [
  'name',
  'uscc',
  'contacts',
  'webhookUrl',
  'all',
  'categories',
  'gtinPrefixes',
  'brands',
  'producers',
];

/** The first field with an error, to scroll to; undefined when only the form has one. */
export function firstErrorField(errors: FieldErrors): string | undefined {
  const bad = Object.keys(errors).filter((k) => errors[k] && k !== 'form');
  return FORM_ORDER.find((f) => bad.some((k) => k === f || k.startsWith(`${f}.`)));
}

/** The first message per field, from the schema's issues or the server's. */
export function errorsOf(issues: ReadonlyArray<{ path: string | ReadonlyArray<PropertyKey>; message: string }>) {
  const out: FieldErrors = {};
  for (const i of issues) {
    const key = fieldOfIssue(typeof i.path === 'string' ? i.path : i.path.map(String).join('.'));
    if (!out[key]) out[key] = i.message;
  }
  return out;
}

/** A failed request's field errors, or its message under 'form'. */
export function errorsOfFailure(err: unknown, message: string): FieldErrors {
  if (err instanceof ApiError && err.issues.length) return { ...errorsOf(err.issues), form: message };
  return { form: message };
}

/** Checks a registration with the contract's schema: the body, or the errors by field. */
export function checkCreate(d: PlatformDraft) {
  const parsed = ZPlatformCreate.safeParse(createBody(d));
  return parsed.success ? { body: parsed.data, errors: {} } : { body: null, errors: errorsOf(parsed.error.issues) };
}

/** Checks an edit with the contract's schema. */
export function checkUpdate(d: PlatformDraft) {
  const parsed = ZPlatformUpdate.safeParse(updateBody(d));
  return parsed.success ? { body: parsed.data, errors: {} } : { body: null, errors: errorsOf(parsed.error.issues) };
}

/** A measure as typed on the platform's form. */
export interface MeasureDraft {
  count: string;
  channel: string;
  /** YYYY-MM-DD and HH:MM in Beijing time; both empty: now. */
  date: string;
  time: string;
  note: string;
}
export const emptyMeasure = (): MeasureDraft => ({ count: '', channel: '', date: '', time: '', note: '' });

/** A typed number as a number; anything else as typed, for the schema to name what is wrong. */
function countOf(text: string): unknown {
  const t = text.trim();
  if (!t) return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

/** Beijing date and time as an ISO instant with its offset; what does not look like one goes as typed. */
function doneAtOf(date: string, time: string): string | undefined {
  const d = date.trim();
  const t = time.trim();
  if (!d && !t) return undefined;
  const hhmm = /^\d{1,2}:\d{2}$/.test(t) ? t.padStart(5, '0') : t || '00:00';
  return `${d}T${hhmm}:00+08:00`;
}

export function checkMeasure(kind: PlatformMeasureKind, d: MeasureDraft) {
  const body = {
    kind,
    count: countOf(d.count),
    channel: kind === 'buyers_notified' ? optional(d.channel) : undefined,
    doneAt: doneAtOf(d.date, d.time),
    note: optional(d.note),
  };
  const parsed = ZPlatformMeasureInput.safeParse(body);
  return parsed.success ? { body: parsed.data, errors: {} } : { body: null, errors: errorsOf(parsed.error.issues) };
}
