import { Config, ILogger, Inject, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { createHash } from 'crypto';
import { DataSource, In } from 'typeorm';
import { ApiError } from '../core/errors';
import { Upload, User } from '../db/entity';
import type { Env } from '../core/env';
import { PhotoService } from './photo.service';
import { WechatClient } from '../core/wechat.client';

const MEDIA_LINK_TTL_S = 24 * 3600;

/**
 * WeChat content security for consumer reports, when configured (WECHAT_CONTENT_CHECK=on): the
 * text is checked before it is accepted (risky → refused, review → flagged); photos are sent for
 * the asynchronous image check and stay hidden from bureaus until the verdict arrives by message
 * push. A WeChat outage never loses a report: the clue is taken and flagged unchecked.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class ContentCheckService {
  @InjectDataSource()
  db!: DataSource;

  @Config('env')
  env!: Env;

  @Inject()
  wechat!: WechatClient;

  @Inject()
  photos!: PhotoService;

  @Logger()
  logger!: ILogger;

  get enabled(): boolean {
    return this.env.WECHAT_CONTENT_CHECK === 'on' && !!this.env.WECHAT_APPID && !!this.env.WECHAT_SECRET;
  }

  /** The reporter's openid when the check applies (a WeChat consumer, not the browser test login). */
  private async openid(userId: number): Promise<string | undefined> {
    if (!this.enabled) return undefined;
    const user = await this.db.getRepository(User).findOneBy({ id: userId });
    return user?.openid && !user.openid.startsWith('dev:') ? user.openid : undefined;
  }

  /** Returns flags to store with the clue; throws 400 for content WeChat judges risky. */
  async checkText(userId: number, text: string): Promise<string[]> {
    const openid = await this.openid(userId);
    if (!openid) return [];
    try {
      const verdict = await this.wechat.msgSecCheck(openid, text);
      if (verdict === 'risky') throw new ApiError(400, 'CONTENT_RISKY', '报告内容可能包含违规信息，请修改描述后再提交');
      return verdict === 'review' ? ['contentReview'] : [];
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONTENT_RISKY') throw e;
      this.logger.warn('msg_sec_check failed, clue taken unchecked: %s', (e as Error).message);
      return ['contentUnchecked'];
    }
  }

  /** Sends a clue's photos for the image check; they stay pending until the verdict. */
  async submitPhotos(userId: number, photoIds: string[]): Promise<void> {
    const openid = await this.openid(userId);
    if (!openid || !photoIds.length) return;
    for (const id of photoIds) {
      try {
        const url = `${this.env.PUBLIC_BASE_URL}${this.photos.link(id, undefined, MEDIA_LINK_TTL_S)}`;
        const traceId = await this.wechat.mediaCheckAsync(openid, url);
        await this.db.getRepository(Upload).update({ id }, { review: 'pending', traceId });
      } catch (e) {
        this.logger.warn('media_check_async failed for %s: %s', id, (e as Error).message);
        await this.db.getRepository(Upload).update({ id }, { review: 'unchecked' });
      }
    }
  }

  /** 消息推送 signature: sha1 of the sorted token, timestamp and nonce. */
  verifyPush(signature: string, timestamp: string, nonce: string): boolean {
    const token = this.env.WECHAT_PUSH_TOKEN;
    if (!token) return false;
    const expected = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
    return expected === signature;
  }

  /** A media check verdict (Event wxa_media_check): pass shows the photo to bureaus; risky keeps it hidden. */
  async onMediaVerdict(traceId: string, suggest: string): Promise<number> {
    const review = ['pass', 'review', 'risky'].includes(suggest) ? suggest : 'review';
    const res = await this.db
      .getRepository(Upload)
      .update({ traceId, review: In(['pending', 'unchecked']) }, { review });
    return res.affected ?? 0;
  }
}
