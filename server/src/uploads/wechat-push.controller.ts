import { Controller, Inject } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { API, type RouteInput, type ZWechatPushQuery } from '@recall/shared';
import type { z } from 'zod';
import { ApiError } from '../core/errors';
import { ContentCheckService } from './content-check.service';
import { Route } from '../core/route';

/** WeChat message push (消息推送, JSON mode): URL verification and media check verdicts. */
@Controller('/api')
export class WechatPushController {
  @Inject()
  ctx!: Context;

  @Inject()
  checks!: ContentCheckService;

  private verify(q: z.infer<typeof ZWechatPushQuery>) {
    if (!this.checks.verifyPush(q.signature, q.timestamp, q.nonce))
      throw new ApiError(403, 'BAD_SIGNATURE', '签名校验失败');
  }

  @Route(API.uploads.wechatVerify)
  async verifyUrl({ query: q }: RouteInput<typeof API.uploads.wechatVerify>) {
    this.verify(q);
    this.ctx.type = 'text/plain';
    return q.echostr ?? '';
  }

  @Route(API.uploads.wechatPush)
  async push({ query: q, body: event }: RouteInput<typeof API.uploads.wechatPush>) {
    this.verify(q);
    if (event.Event === 'wxa_media_check' && event.trace_id && event.result) {
      await this.checks.onMediaVerdict(event.trace_id, event.result.suggest);
    }
    this.ctx.type = 'text/plain';
    return 'success';
  }
}
