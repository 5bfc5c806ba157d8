import { z } from 'zod';
import { SUBSCRIBE_CONFIG_RAW } from '../generated/config';
import { lazySchema } from '../schemas/lazy';

/**
 * WeChat subscribe messages (订阅消息): the templates chosen in the mini-program console, their
 * keyword fields and where each value comes from (config/wechat/subscribe.json), and the limits
 * WeChat enforces per keyword type — a value over the limit makes subscribeMessage.send fail
 * with 47003, so every value is cut here first.
 */
export const FIELD_KINDS = [
  'thing',
  'phrase',
  'number',
  'letter',
  'symbol',
  'character_string',
  'time',
  'date',
  'amount',
  'phone_number',
  'car_number',
  'name',
] as const;
export type TemplateFieldKind = (typeof FIELD_KINDS)[number];

const ZTemplate = lazySchema(() =>
  z.object({
    title: z.string(),
    templateId: z.string().min(1),
    fields: z.record(
      z.string().regex(/^[a-z_]+\d+$/),
      z.object({ label: z.string(), from: z.string(), kind: z.enum(FIELD_KINDS) }),
    ),
  }),
);
export const ZSubscribeConfig = lazySchema(() =>
  z.object({ basis: z.string(), templates: z.record(z.string(), ZTemplate) }),
);
export type SubscribeConfig = z.infer<typeof ZSubscribeConfig>;
export type SubscribeTemplate = z.infer<typeof ZTemplate>;
export const SUBSCRIBE_CONFIG: SubscribeConfig = ZSubscribeConfig.parse(SUBSCRIBE_CONFIG_RAW);
export type TemplateKey = 'clue_progress' | 'recall_alert' | 'request_progress' | 'case_notice' | 'deadline_reminder';

/** A template id chosen in the console, not the placeholder the repository ships with. */
export function isTemplateIdSet(id: string | undefined): id is string {
  return !!id && !id.startsWith('REPLACE_WITH');
}

/**
 * Template id per key: the deployment's own ids (WECHAT_TEMPLATE_IDS on the server) over the
 * shipped config. Served to the app at launch, so choosing ids needs no new mini-program release.
 */
export function resolveTemplateIds(overrides: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SUBSCRIBE_CONFIG.templates).map(([k, t]) => [k, overrides[k] ?? t.templateId]),
  );
}

/** GET /api/subscriptions/templates: the ids the app may ask for (those set, per key). */
export const ZSubscribeTemplateIds = lazySchema(() => z.object({ templates: z.record(z.string(), z.string().min(1)) }));
export type TSubscribeTemplateIds = z.infer<typeof ZSubscribeTemplateIds>;

const chars = (s: string) => Array.from(s);
const cut = (s: string, n: number, ellipsis = true) => {
  const c = chars(s);
  return c.length <= n ? s : ellipsis ? `${c.slice(0, n - 1).join('')}…` : c.slice(0, n).join('');
};

/** "2026年3月5日 14:30" in Asia/Shanghai, as the time keyword wants. */
function shanghai(value: string): { date: string; time: string } {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+08:00` : value;
  const d = new Date(new Date(iso).getTime() + 8 * 3600e3);
  if (Number.isNaN(d.getTime())) return { date: value, time: value };
  const date = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  const time = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return { date, time: `${date} ${time}` };
}

/** A value made acceptable for its keyword type (WeChat's documented limits). */
export function cutTemplateValue(kind: TemplateFieldKind, raw: unknown): string {
  const value = String(raw ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  switch (kind) {
    case 'thing':
      return cut(value, 20) || '—';
    case 'phrase': // ≤ 5 Chinese characters, nothing else
      return cut(value.replace(/[^\u4e00-\u9fff]/g, ''), 5, false) || '处理中';
    case 'number':
      return cut(value.replace(/[^\d.]/g, ''), 32, false) || '0';
    case 'letter':
      return cut(value.replace(/[^A-Za-z]/g, ''), 32, false);
    case 'symbol':
      return cut(value.replace(/[A-Za-z0-9\u4e00-\u9fff\s]/g, ''), 5, false);
    case 'character_string': // letters, digits, symbols; no Chinese
      return cut(value.replace(/[^\x21-\x7e]/g, ''), 32, false) || '-';
    case 'time':
      return shanghai(value).time;
    case 'date':
      return shanghai(value).date;
    case 'amount':
      return cut(value.replace(/[^\d.¥$]/g, ''), 14, false);
    case 'phone_number':
      return cut(value.replace(/[^\d+\-()]/g, ''), 17, false);
    case 'car_number':
      return cut(value, 8, false);
    case 'name':
      return /[\u4e00-\u9fff]/.test(value) ? cut(value, 10, false) : cut(value, 20, false);
  }
}

/** The `data` of subscribeMessage.send for a template, from the message's variables. */
export function templateData(
  template: SubscribeTemplate,
  vars: Record<string, unknown>,
): Record<string, { value: string }> {
  return Object.fromEntries(
    Object.entries(template.fields).map(([key, f]) => [key, { value: cutTemplateValue(f.kind, vars[f.from]) }]),
  );
}
