import Taro from '@tarojs/taro';
import {
  SUBSCRIBE_CONFIG,
  SUBSCRIBE_MOMENTS,
  isTemplateIdSet,
  type SubscribeMoment,
  type TemplateKey,
} from '@recall/shared';
import { isWeapp } from '../../utils/env';
import { fetchTemplateIds, reportGrants } from './api';

/**
 * WeChat subscribe messages (订阅消息). WeChat sends a one-time subscribe message only after the
 * person accepted it, once per accept, and `requestSubscribeMessage` only works inside a tap: call
 * `askSubscribe` synchronously at the start of the tap handler, before awaiting anything else.
 * The answers go to the server, which counts the grants and sends while it holds one.
 */

type GrantResult = 'accept' | 'reject' | 'ban' | 'filter';
const RESULTS: readonly string[] = ['accept', 'reject', 'ban', 'filter'];
/** WeChat takes at most three one-time templates per request. */
const MAX_PER_REQUEST = 3;

const KEY_TEMPLATE_IDS = 'recall.templateIds';

/**
 * The deployment's template ids, from the server at launch and kept for the next cold start: the
 * prompt must be asked synchronously in a tap, so they have to be at hand before it.
 */
let served: Record<string, string> = readStoredIds();

function readStoredIds(): Record<string, string> {
  try {
    const v: unknown = Taro.getStorageSync(KEY_TEMPLATE_IDS);
    return v && typeof v === 'object' ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Fetches the template ids once per launch; a failure keeps the ids of the last launch. */
export async function loadTemplateIds(): Promise<void> {
  try {
    served = (await fetchTemplateIds()).templates;
    Taro.setStorageSync(KEY_TEMPLATE_IDS, served);
  } catch {
    // Offline at launch: ask with what the last launch had, or not at all.
  }
}

/** The template ids for these keys that are set (the server's first, else the shipped config). */
export function templateIds(keys: readonly TemplateKey[]): string[] {
  const ids = keys.map((k) => served[k] ?? SUBSCRIBE_CONFIG.templates[k]?.templateId).filter(isTemplateIdSet);
  return Array.from(new Set(ids)).slice(0, MAX_PER_REQUEST);
}

/** Whether asking can show anything here (WeChat, with at least one real template id). */
export function canAskSubscribe(keys: readonly TemplateKey[]): boolean {
  return isWeapp() && templateIds(keys).length > 0;
}

/**
 * Asks for the templates of `keys` and reports the answers. Resolves once the person answered (the
 * report is sent in the background); never rejects: a refusal or a failure is fine.
 */
export function askTemplates(keys: readonly TemplateKey[]): Promise<void> {
  const tmplIds = templateIds(keys);
  if (!isWeapp() || tmplIds.length === 0) return Promise.resolve();
  let asked: Promise<unknown>;
  try {
    // Called synchronously: WeChat only shows the dialog inside the user's tap.
    asked = Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option);
  } catch {
    return Promise.resolve();
  }
  return asked.then(
    (res) => {
      const answers = (res ?? {}) as Record<string, unknown>;
      const results: Record<string, GrantResult> = {};
      for (const id of tmplIds) {
        const v = answers[id];
        if (typeof v === 'string' && RESULTS.includes(v)) results[id] = v as GrantResult;
      }
      if (Object.keys(results).length > 0) void reportGrants({ results }).catch(() => undefined);
    },
    () => undefined,
  );
}

/** Asks for the templates of a natural moment (after a report, a follow, a remedy request, opening a workspace). */
export function askSubscribe(moment: SubscribeMoment): Promise<void> {
  return askTemplates(SUBSCRIBE_MOMENTS[moment]);
}
