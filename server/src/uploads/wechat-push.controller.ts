import { Controller, Get, Inject, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { z } from 'zod';
import { ApiError } from '../core/errors';
import { ZBody, ZQuery } from '../core/zod';
import { ContentCheckService } from './content-check.service';

const ZPushQuery = z.object({
  signature: z.string().max(64),
  timestamp: z.string().max(20),
  nonce: z.string().max(64),
  echostr: z.string().max(200).optional(),
});
const ZPushEvent = z.object({
  Event: z.string().optional(),
  trace_id: z.string().max(64).optional(),
  result: z.object({ suggest: z.string() }).optional(),
});

/** WeChat message push (消息推送, JSON mode): URL verification and media check verdicts. */
@Controller('/api/wechat')
export class WechatPushController {
  @Inject()
  ctx!: Context;

  @Inject()
  checks!: ContentCheckService;

  private verify(q: z.infer<typeof ZPushQuery>) {
    if (!this.checks.verifyPush(q.signature, q.timestamp, q.nonce))
      throw new ApiError(403, 'BAD_SIGNATURE', '签名校验失败');
  }

  @Get('/push')
  async verifyUrl(@ZQuery(ZPushQuery) q: z.infer<typeof ZPushQuery>) {
    this.verify(q);
    this.ctx.type = 'text/plain';
    return q.echostr ?? '';
  }

  @Post('/push')
  async push(@ZQuery(ZPushQuery) q: z.infer<typeof ZPushQuery>, @ZBody(ZPushEvent) event: z.infer<typeof ZPushEvent>) {
    this.verify(q);
    if (event.Event === 'wxa_media_check' && event.trace_id && event.result) {
      await this.checks.onMediaVerdict(event.trace_id, event.result.suggest);
    }
    this.ctx.type = 'text/plain';
    return 'success';
  }
}
