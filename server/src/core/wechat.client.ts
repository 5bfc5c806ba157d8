import { Config, Inject, Provide, Singleton } from '@midwayjs/core';
import { ApiError } from './errors';
import type { Env } from './env';
import { SharedStore } from './shared-store';

export interface WechatSession {
  openid: string;
  sessionKey: string;
  unionid?: string;
}

/** errcodes of jscode2session that are the caller's to fix, as Chinese 4xx answers. */
const CODE2SESSION_ERRORS: Record<number, [number, string, string]> = {
  40029: [400, 'WECHAT_CODE_INVALID', '微信登录凭证无效，请重新进入小程序后再试'],
  40163: [400, 'WECHAT_CODE_USED', '微信登录凭证已被使用，请重新登录'],
  45011: [429, 'WECHAT_RATE_LIMITED', '登录过于频繁，请稍后再试'],
  40226: [403, 'WECHAT_USER_BLOCKED', '该微信账号存在风险，暂时无法登录'],
};

/**
 * A request that may have reached WeChat but whose answer never came (a timeout, or the connection
 * lost after the request was written). WeChat has no idempotency key: repeating it could do it twice.
 */
export class WechatOutcomeUnknown extends Error {
  constructor(detail: string) {
    super(`未收到微信的答复（${detail}），无法确认是否已送达；为免重复不再重发`);
    this.name = 'WechatOutcomeUnknown';
  }
}

/** Connection errors that mean the request never left: nothing can have reached WeChat. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Why a fetch failed, and whether the request may have arrived anyway. */
function fetchFailure(e: unknown): { detail: string; mayHaveArrived: boolean } {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return { detail: '超时', mayHaveArrived: true };
  const code = err?.cause?.code;
  if (code && NEVER_SENT.has(code)) return { detail: code, mayHaveArrived: false };
  return { detail: code ?? err?.cause?.message ?? err?.message ?? '连接中断', mayHaveArrived: true };
}

/** The WeChat server APIs over HTTP, at WECHAT_API_BASE so tests can point it at a fake server. */
@Provide()
@Singleton()
export class WechatClient {
  @Config('env')
  env!: Env;

  @Inject()
  store!: SharedStore;

  async code2session(code: string): Promise<WechatSession> {
    const { WECHAT_APPID: appid, WECHAT_SECRET: secret, WECHAT_API_BASE: base } = this.env;
    if (!appid || !secret)
      throw new ApiError(503, 'WECHAT_NOT_CONFIGURED', '服务器未配置微信小程序凭据，暂不能用微信登录');
    const url = new URL('/sns/jscode2session', base);
    url.search = new URLSearchParams({ appid, secret, js_code: code, grant_type: 'authorization_code' }).toString();
    const body = await this.getJson(url);
    const errcode = Number(body.errcode ?? 0);
    if (errcode !== 0) {
      const known = CODE2SESSION_ERRORS[errcode];
      if (known) throw new ApiError(known[0], known[1], known[2]);
      throw new ApiError(502, 'WECHAT_UNAVAILABLE', `微信登录服务暂时不可用（${errcode}），请稍后再试`);
    }
    if (typeof body.openid !== 'string' || typeof body.session_key !== 'string') {
      throw new ApiError(502, 'WECHAT_UNAVAILABLE', '微信登录服务返回了无法识别的结果，请稍后再试');
    }
    return { openid: body.openid, sessionKey: body.session_key, unionid: body.unionid as string | undefined };
  }

  private async getJson(url: URL): Promise<Record<string, unknown>> {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return (await res.json()) as Record<string, unknown>;
    } catch {
      throw new ApiError(502, 'WECHAT_UNAVAILABLE', '暂时无法连接微信服务器，请稍后再试');
    }
  }

  /**
   * stable_token, kept in the shared store until five minutes before it expires, so that every
   * server process uses one token. `rejected` is a token WeChat refused: another process may have
   * refreshed it already (then its token is used); otherwise this process forces a new one.
   */
  async accessToken(rejected?: string): Promise<string> {
    const key = `wechat:token:${this.env.WECHAT_APPID}`;
    const cached = await this.store.get(key);
    if (cached && cached !== rejected) return cached;
    const { WECHAT_APPID: appid, WECHAT_SECRET: secret, WECHAT_API_BASE: base } = this.env;
    const res = await this.postJson(new URL('/cgi-bin/stable_token', base), {
      grant_type: 'client_credential',
      appid,
      secret,
      force_refresh: rejected !== undefined,
    });
    if (typeof res.access_token !== 'string')
      throw new ApiError(502, 'WECHAT_UNAVAILABLE', `微信接口凭证获取失败（${res.errcode}）`);
    await this.store.set(key, res.access_token, (Number(res.expires_in ?? 7200) - 300) * 1000);
    return res.access_token;
  }

  /**
   * A call with the access token; an expired or invalid token (40001, 42001) is refreshed once.
   * `atMostOnce`: a call that must not happen twice throws WechatOutcomeUnknown when it may have
   * reached WeChat without an answer.
   */
  async callWithToken(path: string, body: unknown, atMostOnce = false): Promise<Record<string, unknown>> {
    let rejected: string | undefined;
    for (let attempt = 0; attempt < 2; attempt++) {
      const token = await this.accessToken(rejected);
      const url = new URL(path, this.env.WECHAT_API_BASE);
      url.searchParams.set('access_token', token);
      const res = await this.postJson(url, body, atMostOnce);
      if (![40001, 42001, 40014].includes(Number(res.errcode))) return res;
      rejected = token;
    }
    throw new ApiError(502, 'WECHAT_UNAVAILABLE', '微信接口凭证无效');
  }

  /** Text content check (msg_sec_check v2): pass | review | risky. */
  async msgSecCheck(openid: string, content: string): Promise<'pass' | 'review' | 'risky'> {
    const res = await this.callWithToken('/wxa/msg_sec_check', { content, version: 2, scene: 1, openid });
    if (Number(res.errcode ?? 0) !== 0)
      throw new ApiError(502, 'WECHAT_UNAVAILABLE', `内容安全检测失败（${res.errcode}）`);
    const suggest = (res.result as { suggest?: string } | undefined)?.suggest;
    return suggest === 'risky' || suggest === 'review' ? suggest : 'pass';
  }

  /** Asynchronous image check (media_check_async v2); the verdict arrives by message push. */
  async mediaCheckAsync(openid: string, mediaUrl: string): Promise<string> {
    const res = await this.callWithToken('/wxa/media_check_async', {
      media_url: mediaUrl,
      media_type: 2,
      version: 2,
      scene: 1,
      openid,
    });
    if (Number(res.errcode ?? 0) !== 0 || typeof res.trace_id !== 'string') {
      throw new ApiError(502, 'WECHAT_UNAVAILABLE', `图片安全检测提交失败（${res.errcode}）`);
    }
    return res.trace_id;
  }

  /**
   * One subscribe message (subscribeMessage.send). Answers WeChat's errcode and errmsg (0 is
   * sent); throws ApiError when nothing was sent (WeChat unreachable, HTTP 5xx, the token stayed
   * invalid) and WechatOutcomeUnknown when the send may have happened without an answer.
   */
  async sendSubscribe(
    openid: string,
    templateId: string,
    page: string | null,
    data: Record<string, { value: string }>,
  ): Promise<{ errcode: number; errmsg: string }> {
    const res = await this.callWithToken(
      '/cgi-bin/message/subscribe/send',
      {
        touser: openid,
        template_id: templateId,
        ...(page ? { page } : {}),
        data,
        miniprogram_state: this.env.WECHAT_MINIPROGRAM_STATE,
        lang: 'zh_CN',
      },
      true,
    );
    return { errcode: Number(res.errcode ?? 0), errmsg: String(res.errmsg ?? '') };
  }

  private async postJson(url: URL, body: unknown, atMostOnce = false): Promise<Record<string, unknown>> {
    const unreachable = () => new ApiError(502, 'WECHAT_UNAVAILABLE', '暂时无法连接微信服务器，请稍后再试');
    const failed = (e: unknown) => {
      const why = fetchFailure(e);
      return atMostOnce && why.mayHaveArrived ? new WechatOutcomeUnknown(why.detail) : unreachable();
    };
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(5000),
      });
    } catch (e) {
      throw failed(e);
    }
    // 504 is WeChat's gateway giving up waiting on the service behind it, which may have done the work;
    // any other HTTP error status is the gateway refusing the request: nothing was done.
    if (res.status === 504) throw failed(new Error('HTTP 504'));
    if (!res.ok) throw unreachable();
    try {
      return (await res.json()) as Record<string, unknown>;
    } catch (e) {
      throw failed(e);
    }
  }
}
